import itertools

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

class Repeater:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i in self.items:
            yield i

c = Countdown(3)
print(list(c), list(c))
r = Repeater('ab')
print(list(r), list(r))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.takewhile(lambda x: x < 5, itertools.cycle([1, 3, 7]))))
print(list(zip(Countdown(3), 'xyz', strict=True)))
try:
    list(zip(Countdown(2), 'xyz', strict=True))
except ValueError as e:
    print('ValueError:', e)
sentinel_iter = iter(Countdown(5).__next__, 2)
print(list(sentinel_iter))
print(repr(iter([])).split(' at ')[0], repr(iter(())).split(' at ')[0], repr(iter('')).split(' at ')[0])
print(repr(iter({})).split(' at ')[0], repr(iter(range(3))).split(' at ')[0], repr(reversed([1])).split(' at ')[0])
try:
    next(Repeater([]))
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
g = (x * x for x in range(3))
print(next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in 'a bb ccc'.split()))
