# sorted() and reversed().
print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({3: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.upper))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))
print(list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
