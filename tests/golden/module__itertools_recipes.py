from itertools import (chain, islice, tee, groupby, pairwise, accumulate, starmap,
                       compress, filterfalse, product, combinations,
                       combinations_with_replacement, permutations, count, cycle, repeat,
                       zip_longest, takewhile, dropwhile)
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def roundrobin(*iterables):
    nexts = cycle(iter(it).__next__ for it in iterables)
    num_active = len(iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

print(take(4, count(10, 5)))
print(list(flatten([[1, 2], (3,), "ab"])))
print(list(sliding_window("abcde", 3)))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(unique_justseen("ABBcCAD", str.lower)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(grouper("ABCDEFG", 3, "x")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(pairwise("abcd")))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(product("ab", repeat=2)))
print(list(product(range(2), "xy", [True])))
print(len(list(combinations(range(6), 3))), list(combinations("ABC", 2)))
print(list(combinations_with_replacement("AB", 3)))
print(list(permutations(range(3), 2)))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(repeat("x", 3)), take(3, repeat(0)))
for key, grp in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0]):
    print(key, list(grp))
print(repr(repeat(1, 2)), repr(count(3)), repr(count(1.5, 0.5)))
