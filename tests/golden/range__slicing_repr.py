# range repr, equality and slicing (which gives another range).
print(range(5), range(1, 5), range(1, 10, 2), range(0, -5, -1))
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], r[-3:], r[100:])
print(list(r[1:4]))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(repr(range(-3, 3)), str(range(2)))
print(type(range(3)).__name__, bool(range(0)), bool(range(1)))
