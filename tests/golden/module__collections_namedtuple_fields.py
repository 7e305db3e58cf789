# Fields are class-level descriptors: a field named like a tuple method hides it.
from collections import namedtuple

Result = namedtuple('Result', 'count average')
r = Result(3, 1.5)
print(r.count, r.average)
print('{:2} averaging {:.2f}'.format(r.count, r.average))
print(Result.count, Result.average.__doc__)
print(type(Result.__dict__['count']).__name__)

Pos = namedtuple('Pos', ['index', 'x'])
p = Pos(7, 8)
print(p.index + p.x, p[0], tuple.index(p, 8))

for stmt in ["r.count = 1", "del r.average", "r.other = 2", "r.__dict__"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print('AttributeError:', e)

class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Point(3, -4).norm, Point(1, 2)._replace(y=5))
