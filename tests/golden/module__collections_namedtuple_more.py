# namedtuple: tuple behaviour, argument errors, rename, defaults, subclassing.
from collections import namedtuple
P = namedtuple('P', 'x, y')
p = P(1, y=2)
print(p, p.x, p.y, p._fields, P._field_defaults, p._asdict(), hash(p) == hash((1, 2)))
print(P.__doc__, isinstance(p, tuple), p + (3,), p[::-1], p * 2, p.count(1), p.index(2))
for args, kw in [((1, 2, 3), {}), ((1,), {'x': 2}), ((), {}), ((1, 2), {'z': 1})]:
    try: P(*args, **kw)
    except TypeError as e: print(e)
try: p.z
except AttributeError as e: print(e)
try: p.z = 1
except AttributeError as e: print(e)
try: P._make([1])
except TypeError as e: print(e)
try: p._replace(w=1)
except ValueError as e: print(e)
for bad in [('1a', 'x'), ('A', 'def'), ('A', '_x'), ('A', 'x x')]:
    try: namedtuple(*bad)
    except ValueError as e: print(e)
R = namedtuple('R', ['a', 'def', 'a', '_b'], rename=True); print(R._fields)
T3 = namedtuple('T3', 'a b c'); 
try: T3()
except TypeError as e: print(e)
S = namedtuple('S', 'a b', defaults=(1, 2)); print(S(), S(5), S._field_defaults)
class Sub(P):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4))
print({p: 1}[(1, 2)], sorted([P(2, 0), P(1, 5)]), max(P(1, 2)))
E = namedtuple('E', ''); print(E(), len(E()))
a, b = P(5, 6); print(a, b, list(P(7, 8)), tuple(P(1, 1)), P(1, 2) == (1, 2))
