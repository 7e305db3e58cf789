# Binary search, iterative and recursive, plus insertion points.
def bsearch(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def insertion_point(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items)
    if lo >= hi:
        return lo
    mid = (lo + hi) // 2
    if items[mid] < target:
        return insertion_point(items, target, mid + 1, hi)
    return insertion_point(items, target, lo, mid)

data = list(range(0, 100, 3))
for t in [0, 27, 99, 50, -5, 1000]:
    print(t, bsearch(data, t), insertion_point(data, t))
words = sorted(['pear', 'apple', 'fig', 'kiwi', 'banana'])
print(words, bsearch(words, 'kiwi'), insertion_point(words, 'grape'))
