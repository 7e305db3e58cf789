def g():
    print('got', (yield 1))
    x = 10 + (yield 2)
    print('x', x)
    y = [(yield 3), (yield 4)]
    print('y', y)
    z = (yield 5) if x > 5 else (yield 6)
    print('z', z)
    w = x > 100 or (yield 7)
    print('w', w)
    return f"{(yield 8)}!"

gen = g()
v = next(gen)
try:
    while True:
        print('yielded', v)
        v = gen.send(v * 10)
except StopIteration as e:
    print('return', e.value)

def f(a, b):
    return a + b
def h():
    r = f((yield 'a'), (yield 'b'))
    print(r)
hg = h()
print(next(hg), hg.send(1))
try:
    hg.send(2)
except StopIteration:
    pass
lam = lambda: (yield 5)
lg = lam()
print(next(lg))
