# __iter__ and __next__: a class-based iterator and an iterable.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)

print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
r = Range2(3)
print(list(r), list(r), sum(r), sorted(r))
for a, b in zip(Range2(3), 'xyz'):
    print(a, b)
print(3 in Range2(5), max(Range2(4)), [x * 2 for x in Range2(3)])
x, y, z = Range2(3)
print(x, y, z)
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
