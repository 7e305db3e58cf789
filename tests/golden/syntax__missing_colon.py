# A missing colon after the if condition.
x = 5
print('not printed')
if x > 3
    print('big')
