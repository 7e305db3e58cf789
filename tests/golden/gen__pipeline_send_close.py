def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except GeneratorExit:
            print('averager closed at count', count)
            raise
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count

def delegator(results):
    while True:
        result = yield from averager()
        results.append(result)

results = []
d = delegator(results)
next(d)
for v in [10, 20, 30]:
    print(d.send(v))
d.send(None)
for v in [1, 2]:
    d.send(v)
d.send(None)
print(results)
d.close()
g = averager()
print(next(g), g.send(4), g.send(6))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
print(g.gi_running, g.gi_frame)
def gen():
    yield 1
    raise StopIteration('inside')
try:
    list(gen())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
g2 = gen()
print(repr(g2).split(' at ')[0], g2.__name__, g2.__qualname__)
print(next(g2))
print(g2.throw(KeyError, 'k') if False else 'skip')
try:
    g2.throw(KeyError('thrown'))
except KeyError as e:
    print('re-raised', e)
print(list(g2))
