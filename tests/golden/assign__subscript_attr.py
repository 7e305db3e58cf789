# Assignment to subscripts, slices and attributes.
lst = [1, 2, 3, 4, 5]
lst[0] = 'a'
lst[-1] = 'z'
print(lst)
d = {}
d['x'] = 1
d[(1, 2)] = 'tuple key'
d['x'] += 10
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 9
print(grid)
class Box:
    pass
b = Box()
b.value = 5
b.value *= 3
b.inner = Box()
b.inner.label = 'nested'
print(b.value, b.inner.label)
i = 0
lst[i], i = 'changed', 1
print(lst, i)
