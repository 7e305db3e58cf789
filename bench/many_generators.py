# 1,000,000 started generators, all suspended at once (time and peak memory).


def counter(start):
    n = start
    while True:
        got = yield n
        if got is not None:
            n = got
        n += 1


gens = []
for i in range(1_000_000):
    g = counter(i)
    next(g)
    gens.append(g)
print(len(gens), next(gens[0]), next(gens[-1]))
