# yield from works with any iterable: classes with __iter__ / __next__.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        print('Countdown.__iter__')
        return CountdownIter(self.start)

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

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

def deleg():
    r = yield from Countdown(3)
    print('iterator result', r)
    yield from Tree(1, Tree(2, Tree(3)), Tree(4))

print(list(deleg()))

class SeqOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i

def over_seq():
    yield from SeqOnly()

print(list(over_seq()))

class NotIterable:
    pass

def bad():
    yield from NotIterable()

try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return 5

def bad2():
    yield from BadIter()

try:
    list(bad2())
except TypeError as e:
    print(type(e).__name__, e)
