# Chained comparisons evaluate the middle operand once.
def v(x):
    print('v(%r)' % (x,))
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(v(1) < v(2) < v(3))
print(v(5) < v(2) < v(3))
x = 5
print(0 <= x <= 10, 0 <= x < 5)
print(1 == 1.0 == True, 'a' < 'b' < 'c')
print([1, 2] < [1, 3], (1, 2, 3) < (1, 2), 'abc' < 'abd')
print(1 < 2 > 0 != 5)
print(None is None is not False)
print(2 in [1, 2] in [[1, 2]])
try:
    print(1 < 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] > ())
except TypeError as e:
    print(type(e).__name__, e)
print(1 == 'a', [] == (), None == 0)
