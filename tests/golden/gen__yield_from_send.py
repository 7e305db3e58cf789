# send() on the delegating generator is forwarded to the innermost generator.
def inner():
    while True:
        x = yield
        if x == 'stop':
            return 'inner done'
        print('  inner got', x)

def middle():
    r = yield from inner()
    print('  middle got result', r)
    y = yield 'middle yields'
    print('  middle got', y)
    return 'middle done'

def outer():
    r = yield from middle()
    print('  outer got result', r)
    yield 'outer yields'

o = outer()
print(next(o))
print(o.send(1))
print(o.send('two'))
print(o.send('stop'))
print(o.send('to middle'))
print(next(o, 'exhausted'))

def echo():
    got = yield 'echo ready'
    while True:
        got = yield 'echo: %r' % (got,)

def wrapper():
    yield from echo()

w = wrapper()
print(w.send(None))
print(w.send('hello'))
print(next(w))
print(w.send([1, 2]))
