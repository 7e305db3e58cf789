# yield from over built-in iterables and iterators.
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain('ab', [1, 2], range(3), (4,), {'k': 'v'}, b'\x01\x02')))
print(list(chain(iter([5, 6]), map(str, range(2)), zip('xy', 'XY'))))
print(list(chain(enumerate('pq'), reversed([7, 8]), '')))

def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

print(list(flatten([1, [2, (3, [4, []])], 5])))

def partial(it):
    yield from it
    yield 'end'

shared = iter(range(5))
print(next(shared))
print(list(partial(shared)))
print(list(partial(shared)))

def value_of_builtin():
    r = yield from [1, 2]
    yield 'result of list: %r' % (r,)

print(list(value_of_builtin()))

def bad():
    yield 'before'
    yield from 42

b = bad()
print(next(b))
try:
    next(b)
except TypeError as e:
    print(type(e).__name__, e)
