names = ["ann", "bob", "cid"]
ages = [31, 25]
for i, name in enumerate(names, start=1):
    print(i, name)
print(list(enumerate("ab", 10)), list(enumerate([], -1)))
print(list(zip(names, ages)))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(ages, names, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [3], [4, 5], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(strict=True)), list(zip([1, 2], [3, 4], strict=True)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip("abc", range(3))), list(zip(*[])))
z = zip([1, 2], "xy")
print(type(z).__name__, next(z), list(z), list(z))
e = enumerate("xyz")
print(next(e), next(e), list(e))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate([], start="1")
except TypeError as e:
    print("TypeError:", e)
from itertools import zip_longest
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
for idx, (a, b) in enumerate(zip("pq", "rs")):
    print(idx, a + b)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(zip(range(3), range(10, 13), strict=True)))
print(list(zip(iter([1, 2, 3]), strict=True)))
gen = (x for x in range(3))
try:
    list(zip(gen, [0, 1], strict=True))
except ValueError as e:
    print("ValueError:", e, list(gen))
