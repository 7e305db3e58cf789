# Reading list slices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-3])
print(a[100:], a[-100:2], a[5:1], a[::-100])
b = a[:]
print(b == a, b is a)
print(a[slice(2, 8, 2)], a[slice(-2, None)])
m = [[1, 2], [3, 4]]
shallow = m[:]
shallow[0].append('shared')
print(m)
print(a[1:-1][1:-1][1:-1])
print([][::-1], [1][5:])
