# A statement that is not valid Python: nothing runs.
print('this is never printed')
x = 1 +* 2
