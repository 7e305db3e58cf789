# itertools: chain, takewhile, dropwhile, accumulate, compress, filterfalse, starmap.
from itertools import chain, takewhile, dropwhile, accumulate, compress, filterfalse, starmap
import operator
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, 'a1b2')))
print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(accumulate([])), list(chain()))
