# __slots__ restricts instance attributes and removes __dict__.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, P.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, '__dict__'))
class Q(P):
    __slots__ = ('z',)
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)
class R(P):
    pass
r = R(1, 2)
r.anything = 'R has a __dict__'
print(r.anything, vars(r))
try:
    P.__new__(P).x
except AttributeError as e:
    print(type(e).__name__, e)
