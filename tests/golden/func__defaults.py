# Default argument values are evaluated once, at definition time.
counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def f(a, b=next_id(), c='c'):
    return (a, b, c)

print(f(1), f(1), f(1, 2), f(1, c='x'))
print(counter)
x = 10
def g(v=x):
    return v
x = 20
print(g(), g(5))
def h(a, b=2, *args, c=3, d, **kw):
    return a, b, args, c, d, kw
print(h(1, d=4))
print(h(1, 2, 3, 4, d=5, e=6))
print(f.__defaults__, h.__kwdefaults__)
