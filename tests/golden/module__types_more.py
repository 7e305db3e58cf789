# types: SimpleNamespace repr/equality/hash, ModuleType(), type names of functions/generators/methods.
import types
ns = types.SimpleNamespace(x=1)
ns.self = ns
print(ns, repr(types.SimpleNamespace()))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
print(ns != types.SimpleNamespace(x=1), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
try: hash(types.SimpleNamespace())
except TypeError as e: print(e)
class Sub(types.SimpleNamespace): pass
print(Sub(a=2), Sub(a=2) == types.SimpleNamespace(a=2))
m = types.ModuleType('mymod', 'the doc')
m.value = 3
print(m.__name__, m.__doc__, m.value, isinstance(m, types.ModuleType), isinstance(1, types.ModuleType))
def gen(): yield 1
async def co(): pass
c = co()
print(isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType), isinstance(gen, types.FunctionType))
c.close()
class A:
    def m(self): pass
print(isinstance(A().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), type(None) is types.NoneType)
print(types.FunctionType is types.LambdaType, type(...) is types.EllipsisType)
