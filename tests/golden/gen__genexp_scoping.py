# Generator expressions have their own scope; the loop variable does not leak,
# free variables are looked up when the genexp runs, class scope is skipped.
x = 'global x'
g = (x for x in range(3))
print(list(g), x)

n = 1
g = (i * n for i in range(3))
n = 10
print(list(g))

def outer():
    k = 2
    gen = (i + k for i in range(3))
    k = 100
    return gen

print(list(outer()))

class C:
    items = [1, 2, 3]
    factor = 5
    first = list(v for v in items)
    try:
        scaled = list(v * factor for v in items)
    except NameError as e:
        print(type(e).__name__, e)

print(C.first)
print(hasattr(C, 'scaled'))

fns = [(lambda: i) for i in range(3)]
print([f() for f in fns])
gens = [(i for _ in range(1)) for i in range(3)]
print([next(g) for g in gens])

def nested():
    rows = ((r, c) for r in range(2) for c in range(r, 3))
    return list(rows)

print(nested())
