# sorted() and list.sort(): stability, reverse, keys, and errors raised mid-sort.
import random

random.seed(7)
pairs = [(random.randint(0, 9), i) for i in range(200)]
by_first = sorted(pairs, key=lambda p: p[0])
print(by_first[:12])
print(all(a[1] < b[1] for a, b in zip(by_first, by_first[1:]) if a[0] == b[0]))
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print(rev[:12])
print(sorted(pairs) == sorted(pairs, key=lambda p: p))

words = ["pear", "Apple", "fig", "banana", "kiwi", "apple", "Fig", "éclair", "zeta", "Ωmega", "ant"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))

nums = [3, 1.5, -2, 0.0, -0.0, 7, True, False, 2**70, -1e300, 1e-9]
print(sorted(nums))
print(sorted(nums, reverse=True))
floats = [0.0, -0.0, 1.0, -0.0, 0.0]
print(sorted(floats), sorted(floats, reverse=True))

big = list(range(1000))
print(sorted(big, key=lambda x: -x)[:5], sorted(reversed(big))[:5])
random.shuffle(big)
big.sort()
print(big == list(range(1000)))
data = [random.random() for _ in range(500)]
print(sorted(data) == sorted(data, key=lambda x: x), sorted(data)[0] == min(data))


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return f"Version({self.text!r})"


print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]))
print(max([Version("1.10"), Version("1.2")]), min([Version("1.10"), Version("1.2")]))

items = [5, 3, "x", 1]
try:
    items.sort()
except TypeError as e:
    print("TypeError:", e)
print(items)
try:
    sorted([1, 2, None, 4])
except TypeError as e:
    print("TypeError:", e)


def bad_key(x):
    if x == 3:
        raise ValueError("no threes")
    return x


lst = [4, 3, 2, 1]
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, lst)
print(sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted("hello world"), sorted([]), sorted([1]))
print(sorted([[3, 1], [2, 9], [3, 0], [2]]))

# NaN makes `<` inconsistent; lists shorter than 64 are ordered exactly as CPython orders them.
nan = float("nan")
print(sorted([3, nan, 1, 2]), sorted([nan, 5.0, 1.0, nan, 0.5]))
for n in (10, 40, 63):
    xs = [random.random() if random.random() > 0.1 else nan for _ in range(n)]
    print(n, [round(y, 3) for y in sorted(xs)[:8]])
