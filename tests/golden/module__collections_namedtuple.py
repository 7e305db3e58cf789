# collections.namedtuple.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._fields)
print(Point._make([5, 6]), Point(y=2, x=1))
Person = namedtuple('Person', 'name age city', defaults=['Oslo'])
print(Person('ann', 30), Person('bob', 25, 'Rome'))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print(type(p).__name__, Point.__name__, repr(Point))
