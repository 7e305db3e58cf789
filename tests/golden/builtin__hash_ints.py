# hash() of ints, bools, floats and tuples of them (deterministic in CPython).
for v in [0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.5), hash(0.1))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))))
print(hash(float('inf')), hash(-float('inf')))
print(hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
