# Set operators (small ints only, so iteration order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a)
print(a == {4, 3, 2, 1}, a != b, 3 in a, 7 not in a)
print(len(a), sorted(b, reverse=True), min(a), max(b), sum(a))
print(set(), set([1, 1, 2]), set(range(5)), set((3, 2, 1)))
print({1, 2} | set(), set() & {1})
c = {1, 2}
c |= {3}; print(c)
c &= {2, 3, 4}; print(c)
c -= {2}; print(c)
c ^= {3, 9}; print(c)
print({True, 1, 1.0}, {0, False})
print(frozenset({1, 2}) | {3}, {3} | frozenset({1}))
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
