class Repeater:
    def __init__(self, value, times):
        self.value, self.times = value, times
    def __iter__(self):
        print("__iter__ called")
        for _ in range(self.times):
            yield self.value

r = Repeater("hi", 2)
print(list(r), list(r))
a, b = r
print(a, b)
try:
    x, y, z = r
except ValueError as e:
    print("ValueError:", e)
try:
    (x,) = r
except ValueError as e:
    print("ValueError:", e)
first, *rest = Repeater(1, 4)
print(first, rest)
print(*Repeater("s", 3), sep="-")
print("hi" in r, dict.fromkeys(Repeater("k", 2)), set(r), tuple(r))

class OnlyNext:
    def __next__(self):
        return 1
try:
    for _ in OnlyNext():
        pass
except TypeError as e:
    print("TypeError:", e)

class Counter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
c = Counter()
print(list(zip(c, c)))
c = Counter()
print(next(c), list(c), list(c))
print(iter(c) is c, sum(Counter()), max(Counter()), sorted(Counter(), reverse=True))
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.remove(v)
print(lst)
it = iter([1, 2])
print(list(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
