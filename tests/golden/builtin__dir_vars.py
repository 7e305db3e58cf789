# dir() lists names sorted; vars() returns the namespace dict.
class Shape:
    sides = 0
    def area(self):
        return 0

class Square(Shape):
    sides = 4
    def __init__(self, n):
        self.n = n
    def area(self):
        return self.n ** 2

sq = Square(3)
print([n for n in dir(sq) if not n.startswith('_')])
print([n for n in dir(Square) if not n.startswith('_')])
print(vars(sq))
x = 1
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
print('x' in dir(), 'f' in dir())
import math
print([n for n in dir(math) if n.startswith('s')])
print(sorted(vars(Square)['__init__'].__code__.co_varnames))
