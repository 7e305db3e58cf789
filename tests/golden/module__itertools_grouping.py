# itertools: groupby, zip_longest, tee, pairwise.
from itertools import groupby, zip_longest, tee, pairwise
print([(k, list(g)) for k, g in groupby('aaabccdaa')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
x, y = tee(range(4))
print(next(x), next(x), list(y), list(x))
print(list(pairwise('abcd')), list(pairwise([1])))
