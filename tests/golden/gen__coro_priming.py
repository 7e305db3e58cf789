# A decorator that primes a coroutine by advancing it to its first yield.
def coroutine(func):
    def primer(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    primer.__name__ = func.__name__
    primer.__doc__ = func.__doc__
    return primer

@coroutine
def running_max(start):
    """Yield the largest value seen so far."""
    best = start
    while True:
        value = yield best
        if value > best:
            best = value

print(running_max.__name__, running_max.__doc__)
m = running_max(0)
print([m.send(v) for v in (3, 1, 7, 5)])

@coroutine
def grep(pattern, sink):
    while True:
        line = yield
        if pattern in line:
            sink.send(line.upper())

@coroutine
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)

p = printer('>>')
g = grep('py', p)
for line in ('python rocks', 'rust too', 'pyco runs'):
    g.send(line)

@coroutine
def broken():
    raise ValueError('fails before first yield')
    yield

try:
    broken()
except ValueError as e:
    print(type(e).__name__, e)

@coroutine
def no_yield_at_all():
    return 'nothing'
    yield

try:
    no_yield_at_all()
except StopIteration as e:
    print('StopIteration while priming:', e.value)
