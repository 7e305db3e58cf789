# collections.UserDict, UserList and UserString, subclassed.
from collections import UserDict, UserList, UserString
class Lower(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
d = Lower({'A': 1}, B=2)
print(d, d.data, d['a'], 'b' in d, len(d), d.get('z', 0), list(d.items()), d.copy(), type(d.copy()).__name__, d | {'c': 3}, isinstance(d, dict))
class Def(UserDict):
    def __missing__(self, k): return k * 2
print(Def()['x'], UserDict.fromkeys('ab', 0))
try: UserDict()['q']
except KeyError as e: print('KeyError', e)
class Stack(UserList):
    def push(self, x): self.append(x)
s = Stack([1, 2]); s.push(3)
print(s, s[1:], type(s[1:]).__name__, s + [4], [0] + s, s * 2, len(s), s.pop(), s == [1, 2], s < [1, 3], 2 in s, s.index(2), sorted(Stack([3, 1, 2])))
s += (9,); s.extend(Stack([7])); s.sort(); print(s, s.count(9))
u = UserString('Hello')
print(u, repr(u), u.upper(), type(u.upper()).__name__, u.split('l'), u + '!', u[1:3], u == 'Hello', 'ell' in u, len(u), u.find('l'), u * 2, u.replace('l', 'L'), u.startswith('He'), sorted(u))


# An instance's __dict__ is the live namespace even when a base has empty __slots__.
class Base:
    __slots__ = ()


class Child(Base):
    pass


c = Child()
c.__dict__['x'] = 1
c.y = 2
print(c.x, c.__dict__)
