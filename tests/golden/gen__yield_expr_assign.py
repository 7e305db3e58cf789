# yield as an expression: its value is what send() passes in (None for next()).
def g():
    x = yield
    print('x =', x)
    a, b = 2, 3
    c = yield a + b
    print('c =', c)
    print((yield))
    d = (yield 'd?') * 2
    print('d =', d)
    e = yield 'e1', 'e2'
    print('e =', e)
    return 'end'

it = g()
print(next(it))
print(it.send('first'))
print(it.send('second'))
print(it.send('third'))
print(it.send(21))
try:
    it.send('last')
except StopIteration as e:
    print('StopIteration', e.value)

def echo():
    received = None
    while True:
        received = yield received
        if received is None:
            break

e = echo()
print(next(e), e.send(1), e.send('two'), e.send([3]))
print(next(e, 'done'))
