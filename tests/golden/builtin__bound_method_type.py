# A built-in method bound to its object is a builtin_function_or_method, as in CPython.
import types

def gen():
    yield

methods = [[].append, "".join, {}.get, gen().send, (1).bit_length, dict.fromkeys]
for m in methods:
    print(type(m).__name__, repr(m).split(" at ")[0], m.__name__)
print(type([].append) is types.BuiltinMethodType, type([].append) is types.BuiltinFunctionType)
print(isinstance([].append, types.MethodType), callable([].append))
class A:
    def f(self):
        pass
print(type(A().f).__name__, repr(A().f).split(" at ")[0])
