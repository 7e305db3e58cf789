# collections.deque: errors, comparisons, insert/reverse/item assignment, maxlen edge cases.
from collections import deque
d = deque([1, 2, 3])
for f in [lambda: d.remove(9), lambda: d.index(9), lambda: d[10], lambda: d['a'], lambda: deque([1], 1).insert(0, 2), lambda: d[1:2], lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: d.popleft() and deque().popleft(), lambda: hash(d), lambda: d < [1], lambda: d.rotate('x'), lambda: d + [1]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(d == deque([2, 3]), d == [2, 3], d < deque([3]), d + deque([4]), d * 2, deque('ab', 5) * 2)
d.insert(1, 'x'); print(d); d.reverse(); print(d); d[0] = 'y'; del d[1]; print(d, d.copy())
d2 = deque(range(5), maxlen=3); d2.appendleft(9); print(d2); d2.extendleft('ab'); print(d2)
d2 += [1]; print(d2, d2.index(1), deque(range(10)).index(5, 2, 8))
print(deque(), deque(maxlen=0), repr(deque([deque([1])])))
z = deque(maxlen=0); z.append(1); print(z, len(z))
d3 = deque([1, 2]); d3.extend(d3); print(d3)
