# Tuple and list unpacking, nested targets, swapping.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = (1, 2), 3
print(e, f, g)
for i, (k, v) in enumerate({'one': 1, 'two': 2}.items()):
    print(i, k, v)
x, = [42]
print(x)
h, i = range(2)
print(h, i)
j, k = {'p': 0, 'q': 1}
print(j, k)
l = [0, 0, 0]
l[0], l[2] = 'first', 'last'
print(l)
m, n = n, m = 1, 2
print(m, n)
