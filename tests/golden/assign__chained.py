# Chained assignment binds the same object to every target, left to right.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = lst = 0, [10, 20]
print(i, lst)
d = {}
k = d['k'] = 'v'
print(k, d)
p, q = r = 1, 2
print(p, q, r)
def trace(v):
    print('evaluating', v)
    return v
m = n = trace(3)
print(m, n)
