# Slice assignment and deletion.
a = list(range(10))
a[2:5] = ['x']
print(a)
a[1:1] = ['inserted', 'two']
print(a)
a[:] = a[::-1]
print(a)
a[::2] = 'ABCDE'
print(a)
a[-2:] = []
print(a)
del a[::3]
print(a)
b = [1, 2, 3]
b[len(b):] = [4, 5]
b[:0] = [0]
print(b)
b[1:3] = range(3)
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[5:10] = ['far']
print(c)
