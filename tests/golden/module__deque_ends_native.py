# deque: both ends, maxlen eviction, rebalancing between halves, errors and reprs.
from collections import deque

d = deque()
for i in range(10):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d)
while d:
    d.popleft()
print(d, len(d))
d.extend([1, 2, 3])
print(d.pop(), d.pop(), d.pop())
d.appendleft("a")
d.appendleft("b")
print(d.pop(), d.pop(), d)
window = deque(maxlen=3)
for x in range(7):
    window.append(x)
    print(list(window), window.maxlen)
window.appendleft(100)
print(window)
zero = deque(maxlen=0)
zero.append(1)
zero.appendleft(2)
print(zero, len(zero))
for op in (deque().pop, deque().popleft):
    try:
        op()
    except IndexError as e:
        print("IndexError:", e)
try:
    d.append()
except TypeError as e:
    print("TypeError:", e)
try:
    d.pop(1)
except TypeError as e:
    print("TypeError:", e)
print(d.append.__name__, deque.popleft.__name__, len.__name__)


class Stack(deque):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s.pop(), len(s), isinstance(s, deque))
q = deque(range(5))
q.rotate(2)
q.append(9)
q.appendleft(8)
print(q, q.index(9), 3 in q, q[1], q[-1], list(reversed(q)))
bfs = deque([(0, 0)])
seen = {(0, 0)}
while bfs:
    x, y = bfs.popleft()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx < 30 and ny < 30 and (nx, ny) not in seen:
            seen.add((nx, ny))
            bfs.append((nx, ny))
print(len(seen))
