# A 3-stage generator pipeline over 2,000,000 items; each stage yields at statement level.
N = 2_000_000


def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


def double(items):
    for x in items:
        yield x * 2


def keep_odd_thirds(items):
    for x in items:
        if x % 3 == 1:
            yield x


def add_one(items):
    for x in items:
        yield x + 1


total = 0
count = 0
for v in add_one(keep_odd_thirds(double(source(N)))):
    total += v
    count += 1
print(count, total)
