class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
    def __reversed__(self):
        return iter(range(1, self.start + 1))

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def __length_hint__(self):
        return self.n

c = Countdown(4)
print(list(c), list(reversed(c)))
it = iter(c)
print(next(it), it.__length_hint__())
import operator
print(operator.length_hint(it), operator.length_hint([1,2,3]), operator.length_hint(object(), 7))

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s)
it = iter(s)
print(type(it).__name__, next(it), next(it))
print(sorted(s, reverse=True))
try:
    reversed(s)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print("TypeError:", e)
print(next(iter([]), "default"))
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), list(r), list(r))
print(list(reversed(range(0, 10, 3))), list(reversed("abc")), list(reversed({1: 2, 3: 4})))
