import inspect

def countdown(n):
    print('starting')
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return 'done'

g = countdown(3)
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(g.send(10), g.send(None))
print(inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
def chain(*its):
    for it in its:
        result = yield from it
        print('sub result', result)
print(list(chain(countdown(2), [7, 8], (x for x in 'ab'))))
g2 = countdown(1)
try:
    g2.send(5)
except TypeError as e:
    print('TypeError:', e)
def infinite():
    i = 0
    while True:
        try:
            yield i
        except ValueError:
            i = -100
        i += 1
inf = infinite()
print(next(inf), next(inf), inf.throw(ValueError), next(inf))
print(inspect.isgenerator(inf), inspect.isgeneratorfunction(infinite), inf.gi_code.co_name)
gexp = (i for i in range(3))
print(gexp.__name__, gexp.__qualname__, inspect.getgeneratorstate(gexp))
def bad():
    yield 1
    return 2
b = bad()
next(b)
try:
    next(b)
except StopIteration as e:
    print('return value', e.value, e.args)
