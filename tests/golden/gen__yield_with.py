# yield inside with blocks: __exit__ runs when the block ends, when an
# exception is thrown in, and when the generator is closed.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return self.suppress

def g():
    with CM('a') as v:
        yield v
        with CM('b') as w:
            yield v + w
    yield 'after'

print(list(g()))

def h():
    with CM('sup', suppress=True):
        yield 1
        yield 2
    yield 'continued'

x = h()
print(next(x))
print(x.throw(ValueError('x')))

y = g()
print(next(y), next(y))
y.close()
print('closed')

z = g()
next(z)
try:
    z.throw(KeyError('k'))
except KeyError as e:
    print('propagated', type(e).__name__, e)
