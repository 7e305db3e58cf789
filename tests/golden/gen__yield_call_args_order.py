# yield inside call arguments: evaluation order is left to right, and the
# values computed before the yield survive the suspension.
def a():
    print('a() called')
    return 'A'

def b():
    print('b() called')
    return 'B'

def f(*args, **kw):
    print('f called with', args, kw)
    return len(args)

def gen():
    r = f(a(), (yield b()), a())
    print('r =', r)
    r = f(*[1, 2], (yield 'star'), k=(yield 'kw'))
    print('r =', r)
    total = a() + (yield 'plus') + b()
    print('total =', total)
    obj = {'m': f}
    obj['m']((yield 'method'), 9)

g = gen()
print('yielded', next(g))
print('yielded', g.send('sent1'))
print('yielded', g.send('sent2'))
print('yielded', g.send('sent3'))
print('yielded', g.send('-mid-'))
try:
    g.send('sent5')
except StopIteration:
    print('done')
