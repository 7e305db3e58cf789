# __getitem__, __setitem__, __delitem__ and __contains__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f'{pos} outside grid')
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, value):
        self.cells[pos] = value
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(3, 2)
g[0, 0] = '#'
g[2, 1] = '@'
for y in range(2):
    print(''.join(g[x, y] for x in range(3)))
print('#' in g, '%' in g)
del g[0, 0]
print('#' in g, g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=' ')
print()
