# itertools: count, cycle, repeat, islice.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)))
print(list(repeat('x', 3)), list(islice(repeat(0), 4)))
print(list(islice('abcdefg', 2, None)), list(islice(range(20), 1, 10, 3)), list(islice('ab', 10)))
print(list(map(pow, range(5), repeat(2))))
for i, ch in zip(count(1), 'xyz'):
    print(i, ch)
c = count()
print(next(c), next(c), next(c))
print(repr(count(3)), repr(repeat('a', 2)))
