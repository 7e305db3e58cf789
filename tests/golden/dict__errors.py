# Mutation during iteration and unhashable keys.
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
for k in list(d):
    d[k + k] = 0
print(d)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
for bad in [[1], {'k': 1}, {1}]:
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {}.setdefault([])
except TypeError as e:
    print(type(e).__name__, e)
