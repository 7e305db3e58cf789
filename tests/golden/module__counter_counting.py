# Counter counting from iterables: plain, subclasses overriding methods, odd counts.
from collections import Counter, OrderedDict

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c, c.most_common(2), c["dog"], len(c))
c.update(["the", "dog"])
c.update("aab")
print(c)
print(Counter("mississippi"), Counter([1, 1.0, True, 2]))
c2 = Counter({"a": 2.5})
c2.update(["a", "a"])
print(c2)


class Loud(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


Loud("aba")


class Defaulted(Counter):
    def get(self, key, default=None):
        return 10 if key == "x" else super().get(key, default)


print(Defaulted("xxy"))


class Odd(Counter):
    def __missing__(self, key):
        return 100


print(Odd("zz"))


class OrderedCounter(Counter, OrderedDict):
    pass


print(OrderedCounter("abracadabra"))
try:
    Counter([[1], [2]])
except TypeError as e:
    print("TypeError:", e)
try:
    Counter(5)
except TypeError as e:
    print("TypeError:", e)
print(Counter(x % 3 for x in range(10)))
