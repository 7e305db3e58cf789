# types.SimpleNamespace and a few other types members.
import types
ns = types.SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(ns == types.SimpleNamespace(b='two', c=[3]), types.SimpleNamespace() == types.SimpleNamespace())
try:
    ns.missing
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), types.ModuleType('m').__name__)
print(type(x for x in []) is types.GeneratorType)
