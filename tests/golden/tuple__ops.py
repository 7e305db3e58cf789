# Tuple operators and methods.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2))
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
print(t + (0,), (1,) * 3, t[::-1], t[2:5])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
print(min(t), max(t), sum(t), sorted(t), len(t))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'key'}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(3 in t, 7 in t)
print(repr(()), repr((1,)), repr((1, 2)), str(('a', "b'")))
a, b, *c = t
print(a, b, c)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
