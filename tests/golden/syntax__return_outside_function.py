# return at module level.
print('not printed')
x = 1
return x
