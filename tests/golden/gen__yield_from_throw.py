# throw() on a delegating generator is forwarded to the innermost generator;
# if it does not handle the exception, it propagates back out level by level.
class Skip(Exception):
    pass

def inner():
    n = 0
    while True:
        try:
            yield 'inner %d' % n
            n += 1
        except Skip as e:
            print('  inner handled', e)
            n += 10

def middle():
    try:
        yield from inner()
    except KeyError as e:
        print('  middle handled', repr(e))
        yield 'middle recovered'

def outer():
    try:
        yield from middle()
    except ValueError as e:
        print('  outer handled', e)
        yield 'outer recovered'

o = outer()
print(next(o))
print(o.throw(Skip('first')))
print(next(o))
print(o.throw(KeyError('k')))
print(o.throw(ValueError('v')))
try:
    o.throw(IndexError('nobody handles this'))
except IndexError as e:
    print('escaped:', e)
print(next(o, 'outer finished'))

def ret_on_throw():
    try:
        yield 'sub'
    except Skip:
        return 'sub returned after Skip'

def deleg():
    r = yield from ret_on_throw()
    yield r

d = deleg()
next(d)
print(d.throw(Skip))
