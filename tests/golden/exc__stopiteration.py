# StopIteration from next(), its value, and for-loop termination.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
class Source:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration('exhausted')
        return self.n
s = Source()
print(list(s), s.n)
try:
    next(s)
except StopIteration as e:
    print(repr(e), e.value)
print(next(iter([]), 'default used'))
