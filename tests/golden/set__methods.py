# Every set method.
s = {1, 2, 3}
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
try:
    s.remove(3)
except KeyError as e:
    print(type(e).__name__, e)
s.update([5, 6], (7,)); print(s)
print(s.union({8}), s.intersection([1, 5, 9]), s.difference({1, 2}), s.symmetric_difference({1, 10}))
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint({0, 100}))
t = s.copy(); t.add(0); print(len(s), len(t))
s.intersection_update({1, 2, 5}); print(s)
s.difference_update({1}); print(s)
s.symmetric_difference_update({2, 3}); print(s)
print(s.pop() in {3, 5}, len(s))
s.clear(); print(s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
print({1, 2}.union([3], (4,), range(5, 7)))
