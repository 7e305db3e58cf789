class D:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0) * 10
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value + 1
class C:
    x = D()
c = C()
c.x = 4
print(c.x, type(C.x).__name__, c.__dict__)
class NonData:
    def __get__(self, obj, typ=None):
        return 'from descriptor'
class E:
    y = NonData()
e = E()
print(e.y)
e.__dict__['y'] = 'instance wins'
print(e.y)
class P:
    x = property(lambda s: 1)
    def __setattr__(s, k, v): raise AttributeError('custom')
try:
    P().x = 5
except AttributeError as err:
    print(err)
class M(type):
    pass
class A(metaclass=M):
    pass
print(A, type(A).__name__ if False else 'ok')
class Cd(dict):
    def __add__(self, o): return type(o).__name__
print(Cd() + Cd())
import functools
class W:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42
w = W()
print(w.val, w.val)
