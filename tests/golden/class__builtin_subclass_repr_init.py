# Reprs of subclasses of set, frozenset and bytes; object.__init__/__new__ refuse extra
# arguments as CPython does; types that cannot be subclassed.
class S(set): pass
class FS(frozenset): pass
class B(bytes):
    def shout(self):
        return self.upper()
print(repr(S([1, 2])), repr(S()), repr(FS([3])), repr(FS()), S([1]) | {2})
b = B(b"xy")
print(repr(b), str(b), b.shout(), len(b), b + b"!")

class Base:
    def __init__(self, name):
        super().__init__(name)        # a classic mistake

class Plain:
    pass

class WithNew:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)

class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value

for make in [lambda: Base("x"), lambda: Plain(1), lambda: WithNew(1),
             lambda: object.__init__(Plain(), 1), lambda: object.__new__(Plain, 1),
             lambda: object(1), lambda: Singleton(5).value, lambda: Singleton(6) is Singleton(7)]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
for base in [range, slice, memoryview, bool, type(None)]:
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
for call in ["int(x=5)", "str(x=1)", "sorted([], cmp=1)", "[].sort(cmp=1)", "enumerate()", "enumerate(x=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print("TypeError:", e)
