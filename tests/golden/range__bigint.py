# range with bounds beyond 64 bits: length, indexing, slicing, membership, iteration.
r = range(10 ** 20, 10 ** 20 + 30, 7)
print(r, len(r), r[1], r[-1], r.start, r.stop, r.step)
print(r[1:3], r[::-1], r[::2][1])
print(10 ** 20 + 7 in r, 10 ** 20 + 8 in r, r.index(10 ** 20 + 14), r.count(10 ** 20))
print(list(r))
print(list(reversed(r)))
print(range(0, 10 ** 30, 10 ** 29)[2:5], range(-2 ** 70, 0, 2 ** 68)[1])
print(list(range(2 ** 62, 2 ** 62 + 3)), list(range(-2 ** 63 + 1, -2 ** 63 - 2, -1)))
print(bool(range(10 ** 20)), bool(range(10 ** 20, 0)), range(10 ** 20) == range(0, 10 ** 20, 1))
print(hash(range(3)) == hash(range(0, 3)), range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 7))
for bad in (lambda: len(range(10 ** 20)), lambda: range(10 ** 20)[10 ** 20], lambda: r.index(3)):
    try:
        bad()
    except (OverflowError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 10 ** 19
print(range(Idx())[-1], range(5)[True], range(10 ** 20)[Idx()])
