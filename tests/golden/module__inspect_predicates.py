# inspect: generator/coroutine predicates and states, function kinds, getdoc/cleandoc, unwrap.
import inspect, types, functools
def gen():
    yield 1
    yield 2
async def coro():
    pass
async def agen():
    yield 1
class A:
    def m(self): pass
    def g(self):
        yield 1
g = gen()
print(inspect.getgeneratorstate(g)); next(g)
print(inspect.getgeneratorstate(g)); list(g)
print(inspect.getgeneratorstate(g))
def selfcheck():
    print(inspect.getgeneratorstate(s))
    yield
s = selfcheck(); next(s)
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(coro), inspect.iscoroutinefunction(coro), inspect.iscoroutinefunction(gen))
print(inspect.isasyncgenfunction(agen), inspect.isgeneratorfunction(A().g), inspect.isgeneratorfunction(functools.partial(gen)))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isgenerator(c), inspect.getcoroutinestate(c))
c.close(); print(inspect.getcoroutinestate(c))
print(inspect.isgenerator(gen()), inspect.isgenerator(x for x in []), inspect.isgenerator([]), inspect.isawaitable(gen()))
print(inspect.isfunction(gen), inspect.isfunction(len), inspect.isfunction(A.m), inspect.isfunction(A().m), inspect.ismethod(A().m))
print(inspect.isclass(A), inspect.isclass(A()), inspect.isclass(int), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(A().m))
print(inspect.isasyncgen(agen()), inspect.iscoroutine(gen()))
def doc():
    """First line.

        Indented more.
    Back.
    """
print(repr(inspect.getdoc(doc)), inspect.cleandoc('  a\n    b\n  c'))
@functools.wraps(gen)
def w(): pass
print(inspect.unwrap(w) is gen)
class Aw:
    def __await__(self):
        yield
print(inspect.isawaitable(Aw()), inspect.isawaitable(1))
try: inspect.getgeneratorstate(1)
except AttributeError as e: print(e)
print([n for n, v in inspect.getmembers(A) if not n.startswith('__')])
