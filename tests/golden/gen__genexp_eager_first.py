# A generator expression evaluates (and iter()s) its first iterable at creation;
# everything else is evaluated lazily.
def src(name, items):
    print('evaluating', name)
    return items

class Noisy:
    def __iter__(self):
        print('Noisy.__iter__ called')
        return iter([1, 2])

g = (x * y for x in src('outer', [1, 2]) for y in src('inner', [10, 100]))
print('genexp created')
print(next(g))
print(list(g))

n = Noisy()
g2 = (v for v in n)
print('after creating g2')
print(list(g2))

g3 = (v for v in [1, 2] if print('filter', v) is None)
print('g3 created')
print(list(g3))

for bad in (5, None, 3.5):
    try:
        (v for v in bad)
    except TypeError as e:
        print(type(e).__name__, e)

# a bad inner iterable only fails when the genexp runs
g4 = (a + b for a in [1] for b in 42)
print('g4 created')
try:
    next(g4)
except TypeError as e:
    print(type(e).__name__, e)
