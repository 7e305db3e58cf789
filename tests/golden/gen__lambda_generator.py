# A lambda containing yield is a generator function.
f = lambda: (yield 5)
g = f()
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
try:
    g.send('sent')
except StopIteration as e:
    print('returned', e.value)

pair = lambda a, b: ((yield a), (yield b))
p = pair(1, 2)
print(next(p), p.send('x'))
try:
    p.send('y')
except StopIteration as e:
    print('returned', e.value)

print(list((lambda n: (yield from range(n)))(4)))
squares = lambda xs: (yield xs[0]) if xs else (yield "empty")
print(list(squares("only")), list(squares("")))

def make():
    return lambda: (yield 'inner lambda')

print(list(make()()))
print(make()().__qualname__)
