# enumerate (with start) and zip (shortest, three-way, strict).
for i, c in enumerate('abc'):
    print(i, c)
for i, c in enumerate('abc', start=10):
    print(i, c)
print(list(enumerate([])), list(enumerate(['x'], -1)))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip('abc', range(3), [True, False, None])))
print(list(zip()), list(zip([1, 2])))
names, ages = zip(*[('ann', 1), ('bob', 2)])
print(names, ages)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
e = enumerate('xy')
print(next(e), next(e))
print(type(e).__name__, type(zip()).__name__)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
