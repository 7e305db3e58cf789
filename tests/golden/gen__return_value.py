# return x in a generator raises StopIteration(x); .value holds x.
def g(result):
    yield 'only'
    return result

for result in (42, 'text', None, (1, 2), [3]):
    it = g(result)
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(repr(e.value), e.args, repr(e))

def collect():
    items = []
    while True:
        x = yield
        if x is None:
            return items
        items.append(x)

c = collect()
next(c)
for v in 'abc':
    c.send(v)
try:
    c.send(None)
except StopIteration as e:
    print('collected', e.value)

def no_yield_reached(flag):
    if flag:
        return 'early exit'
    yield 'unreachable'

try:
    next(no_yield_reached(True))
except StopIteration as e:
    print('value', e.value)

print(list(g('lost in list()')))
for x in g('lost in for'):
    print('loop', x)

def ret_tuple():
    yield
    return 1, 2

t = ret_tuple()
next(t)
try:
    next(t)
except StopIteration as e:
    print(e.value, e.args, str(e))
