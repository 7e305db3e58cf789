# isinstance/issubclass with user classes and tuples of classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C, int)), issubclass(A, object), issubclass(B, B))
print(type(b) is B, type(b) is A, type(b) == B)
print(isinstance(A, type), isinstance(B(), object), isinstance(None, object))
print(isinstance(b, (int, (str, (A,)))))
def describe(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, (int, float)):
        return 'number'
    if isinstance(x, (list, tuple)):
        return 'sequence'
    if isinstance(x, A):
        return 'an A'
    return 'other'
print([describe(v) for v in [True, 1, 2.5, [], (), B(), C(), 'x']])
print(B.__subclasses__ is not None, A.__subclasses__() == [B])
