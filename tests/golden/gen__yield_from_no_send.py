# Delegating to a plain iterator: send(None) and next() work, a non-None send
# looks up .send on the iterator and fails; throw() without .throw raises at
# the yield from.
def deleg(it):
    try:
        yield from it
    except AttributeError as e:
        print('  deleg saw', type(e).__name__, e)
        raise

d = deleg(iter([1, 2, 3]))
print(next(d))
print(d.send(None))
try:
    d.send('value')
except AttributeError as e:
    print(type(e).__name__, e)
print(next(d, 'deleg finished'))

r = deleg(iter(range(5)))
next(r)
try:
    r.send(1)
except AttributeError as e:
    print(type(e).__name__, e)

def catching(it):
    try:
        yield from it
    except KeyError as e:
        yield 'caught thrown %r' % e

c = catching(iter('abc'))
print(next(c))
print(c.throw(KeyError('k')))

class WithSend:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return 'next %d' % self.n
    def send(self, v):
        return 'send %r' % (v,)

w = deleg(WithSend())
print(next(w), w.send('x'), w.send(None), next(w))
