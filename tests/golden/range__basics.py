# range: iteration, len, membership, indexing, reversed.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)))
r = range(1, 20, 3)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r, 19 in r)
print(list(reversed(r)), r.index(10), r.count(4))
print(range(10 ** 20)[-1], len(range(0, 10 ** 20, 10 ** 19)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.index(2)
except ValueError as e:
    print(type(e).__name__, e)
print(r.start, r.stop, r.step)
