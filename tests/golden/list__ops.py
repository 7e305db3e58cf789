# List operators, aliasing, nesting and repr.
a = [1, 2]
b = a
b.append(3)
print(a, a is b, a == [1, 2, 3])
print(a + [4], a * 2, [0] * 3, 2 * ['x'])
print(3 in a, 5 not in a, [1, 2] < [1, 2, 0], [2] > [1, 100])
grid = [[0] * 2] * 2
grid[0][0] = 'shared row'
print(grid)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested))
print(list(), list('abc'), list(range(3)), list({'k': 1}), list((1, 2)))
c = [1, 2, 3]
c[1] = c
print(c)
print([None, True, 1.5, 'x', (1,), [], {}])
print(len([[], []]), [[]] == [[]], [] is [])
print(a.__len__(), a.__getitem__(0), a.__contains__(2))
print(sum([[1], [2, 3]], []))
