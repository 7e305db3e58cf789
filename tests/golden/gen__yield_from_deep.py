# A 100-deep chain of delegating generators built recursively.
def chain(depth):
    if depth == 0:
        total = 0
        while True:
            x = yield total
            if x is None:
                return total
            total += x
    result = yield from chain(depth - 1)
    return result + 1

c = chain(100)
print(next(c))
for v in range(1, 6):
    print(c.send(v))
try:
    next(c)
except StopIteration as e:
    print('returned', e.value)

def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)

print(sum(countdown(100)), len(list(countdown(100))))

def depth_of(g):
    d = 0
    while g is not None:
        d += 1
        g = g.gi_yieldfrom
    return d

c = chain(100)
next(c)
print('depth', depth_of(c))

def closing(n):
    try:
        yield from (closing(n - 1) if n else iter([0]))
    finally:
        if n % 25 == 0:
            print('finally at', n)

cl = closing(100)
print(next(cl))
cl.close()
c2 = chain(100)
next(c2)
try:
    c2.throw(ValueError('to the bottom'))
except ValueError as e:
    print('came back up:', e)
