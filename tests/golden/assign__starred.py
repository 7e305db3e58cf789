# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *empty, z = (1, 2)
print(a, empty, z)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,), (5, 6)]:
    print(head, tail)
*everything, = {1: 'a', 2: 'b'}
print(everything)
print(*[1, 2], *'ab')
combined = [*range(3), *[7, 8]]
print(combined)
t = *combined, 9
print(t)
