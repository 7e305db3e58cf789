# itertools: reprs, islice errors, groupby/tee sharing, empty edge cases.
from itertools import *
import operator
c = count(5)
print(repr(c), next(c), repr(c))
print(repr(count(1, 2)), repr(count(1.5)), repr(count(0, 1.0)))
r = repeat('a', 3); next(r); print(repr(r), list(r), repr(r))
print(repr(repeat(1, -2)))
print(list(islice(count(), 2, 10, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 3)), next(it))
for args in [(-1,), (1, -1), (0, 5, 0), ('a',)]:
    try:
        islice([], *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(chain.from_iterable(['ab', 'cd'])))
print(list(accumulate([1,2,3], operator.sub, initial=10)))
g = groupby('aabbc')
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print([k for k, _ in groupby('aabbbcca')])
a, b, c = tee('xyz', 3); print(list(c), list(a), next(b))
print(tee([1], 0))
print(list(zip_longest()))
print(list(product('ab', 'cd', repeat=2))[:5])
print(list(permutations('abcd', 0)), list(permutations('ab', 5)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
print(list(combinations(range(4), 0)))
print(list(compress(range(10), cycle([1, 0]))))
print(list(filterfalse(None, [0, 1, '', 'a'])))
print(list(islice(dropwhile(lambda x: x < 3, count()), 3)))
print(list(starmap(operator.add, zip([1, 2], [3, 4]))))
print(list(pairwise(range(5))))
def gen():
    yield 1; yield 2
print(list(chain(gen(), gen())))
print(type(count()).__name__, type(chain()).__name__)
try:
    count('a')
except TypeError as e:
    print(e)
