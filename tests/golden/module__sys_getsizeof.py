# sys.getsizeof for the types whose layout fixes the size, and lists built at once or by appending.
import sys


class Point:
    pass


def gen():
    yield 1


for x in [None, True, False, 0, 1, -5, 2**30, 2**60, 10**30, 1.5, "", "a", "abc", "é", "éa",
          "中文", "😀", b"", b"ab", (), (1,), (1, 2, 3), [], [1], list(range(10)), [0] * 7,
          {}, {"a": 1}, {i: i for i in range(10)}, {str(i): i for i in range(100)},
          set(), {1, 2}, set(range(5)), set(range(100)), range(5), Point(), object(), gen()]:
    print(type(x).__name__, repr(x)[:16] if type(x) in (int, str, bytes, list, tuple, dict, set) else "", sys.getsizeof(x))
squares = []
for i in range(20):
    squares.append(i * i)
    print(len(squares), sys.getsizeof(squares), end="; ")
print()
for n in (10, 100, 1000):
    print(n, sys.getsizeof([x for x in range(n)]), sys.getsizeof(list(range(n))),
          sys.getsizeof({i: i for i in range(n)}), sys.getsizeof(set(range(n))))
big = [x * 2 for x in range(100000)]
lazy = (x * 2 for x in range(100000))
print(sys.getsizeof(big) > 800000, sys.getsizeof(lazy) < 300, sum(lazy) == sum(big))
