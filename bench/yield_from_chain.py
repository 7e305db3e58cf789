# 500,000 items passed up through a 10-deep chain of `yield from`.


def leaf(n):
    for i in range(n):
        yield i
    return n


def link(depth, n):
    if depth == 0:
        r = yield from leaf(n)
    else:
        r = yield from link(depth - 1, n)
    return r + 1


def top(n):
    r = yield from link(9, n)
    print("returned", r)


total = 0
for x in top(500_000):
    total += x
print(total)
