print({3,1,2}, {10, 3, 8, 100, 7}, set(range(20, 0, -1)), frozenset([5,2,9]))
print({1.5, 2, 0.5}, set([-1, -5, 3]))
s={1,2,3}
s.discard(2)
print(s, {x*x for x in range(-5,5)})
