# iter() and next(), with and without a default.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
s = iter('ab')
print(next(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
it2 = iter(range(3))
print(iter(it2) is it2, list(it2))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
for x in iter([10, 20]):
    print(x)
