# Sending a non-None value to a generator that has not started is a TypeError;
# the generator stays usable.
def g():
    x = yield 'first'
    print('received', x)
    yield 'second'

it = g()
for value in (1, 'text', 0, False, [], ()):
    try:
        it.send(value)
    except TypeError as e:
        print(type(e).__name__, e)
print(it.send(None))
print(it.send('now ok'))

ge = (c for c in 'xy')
try:
    ge.send('v')
except TypeError as e:
    print(type(e).__name__, e)
print(ge.send(None), ge.send('ignored'))

fresh = g()
try:
    fresh.send()
except TypeError as e:
    print(type(e).__name__, e)
try:
    fresh.send(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(next(fresh))
