people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 22, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max([], default="empty"), min((), key=len, default=None))
print(max(3, 7, 5), min("b", "a", "c"), max("apple", "fig", "banana", key=len))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([[2], [1, 9], [1]]))
words = "The quick brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
import operator
print(sorted(people, key=operator.itemgetter(2, 0)))
data = {"b": 2, "a": 3, "c": 1}
print(sorted(data), sorted(data.items(), key=operator.itemgetter(1)), max(data, key=data.get))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: sorted([1, "a"]),
            lambda: max([1, 2], [3], key=len, default=0), lambda: min(1, 2, default=0),
            lambda: sorted([3, 1], lambda x: x), lambda: max([{}, {}])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
lst = [5, 2, 8]
print(lst.sort(), lst, lst.sort(reverse=True, key=None), lst)
try:
    lst.sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello"), sorted({3, 1, 2}), sorted((x for x in [2, 1])))
print(sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(any(x > 3 for x in [1, 5]), all([]), any([]))
