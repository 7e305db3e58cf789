# The value of a yield from expression is the subgenerator's return value.
def sub(n):
    total = 0
    for i in range(n):
        x = yield i
        if x is not None:
            total += x
    return total

def deleg():
    a = yield from sub(2)
    print('a =', a)
    b = yield from sub(0)
    print('b =', b)
    return a, b

d = deleg()
print(next(d))
print(d.send(10))
try:
    d.send(5)
except StopIteration as e:
    print('deleg returned', e.value)

def nothing():
    return 'immediately'
    yield

def use_nothing():
    print('got', (yield from nothing()))
    return (yield from nothing()) + '!'

u = use_nothing()
try:
    next(u)
except StopIteration as e:
    print('returned', e.value)

def returns_stop():
    yield 1
    return StopIteration('a StopIteration as the return value')

def outer():
    v = yield from returns_stop()
    print(type(v).__name__, v)

print(list(outer()))

def nested_values(depth):
    if depth == 0:
        yield 'leaf'
        return 0
    r = yield from nested_values(depth - 1)
    return r + 1

n = nested_values(3)
print(next(n))
try:
    next(n)
except StopIteration as e:
    print('depth', e.value)
