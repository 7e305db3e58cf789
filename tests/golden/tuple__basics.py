# Tuples: creation, single element, packing, immutability.
t = (1, 'two', 3.0)
print(t, len(t), t[0], t[-1], t[1:])
single = (5,)
not_tuple = (5)
print(single, type(single).__name__, not_tuple, type(not_tuple).__name__)
empty = ()
print(empty, len(empty), tuple(), tuple('ab'), tuple([1, 2]))
packed = 1, 2, 3
print(packed, type(packed))
nested = ((1, 2), (3, 4))
print(nested[1][0])
try:
    t[0] = 10
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
mutable_inside = ([1], [2])
mutable_inside[0].append('ok')
print(mutable_inside)
print(tuple(x * 2 for x in range(3)))
