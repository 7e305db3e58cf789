# Exceptions raised in a subgenerator propagate into the delegating generator.
def failing(n):
    for i in range(n):
        yield i
    raise LookupError('failed after %d' % n)

def catcher():
    try:
        yield from failing(2)
    except LookupError as e:
        yield 'caught: %s' % e
    yield 'continuing'

print(list(catcher()))

def uncaught():
    yield 'start'
    yield from failing(1)
    yield 'never'

u = uncaught()
print(next(u), next(u))
try:
    next(u)
except LookupError as e:
    print('propagated to caller:', e)
print(next(u, 'uncaught is finished'))

def stop_inside():
    yield 1
    raise StopIteration('inner stop')

def outer():
    try:
        yield from stop_inside()
    except RuntimeError as e:
        print('outer saw', type(e).__name__, e)
        yield 'recovered'

print(list(outer()))

class BadIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise ZeroDivisionError('from __next__')

def over_bad():
    try:
        yield from BadIter()
    except ZeroDivisionError as e:
        yield 'caught ' + str(e)

print(list(over_bad()))
