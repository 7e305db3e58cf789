# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', [1, 2])))
print(list(product([0, 1], repeat=2)))
print(list(permutations('abc')))
print(list(permutations(range(3), 2)))
print(list(combinations('abcd', 2)))
print(list(combinations_with_replacement('ab', 2)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 3))))
print(list(product()), list(combinations('ab', 3)), list(permutations([], 0)))
