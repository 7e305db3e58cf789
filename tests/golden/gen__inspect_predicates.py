# inspect / types / collections.abc predicates for generators.
import inspect
import types
import collections.abc

def genfunc():
    yield 1

def plain():
    return iter([1])

class K:
    def method(self):
        yield self

g = genfunc()
ge = (x for x in [])
for obj in (g, ge, K().method(), iter([1]), plain(), [1]):
    print(type(obj).__name__, inspect.isgenerator(obj), isinstance(obj, types.GeneratorType),
          isinstance(obj, collections.abc.Generator), isinstance(obj, collections.abc.Iterator))
for fn in (genfunc, plain, K.method, K().method, lambda: (yield), len):
    print(getattr(fn, '__name__', '?'), inspect.isgeneratorfunction(fn))
print(types.GeneratorType is type(g), types.GeneratorType.__name__)
print(issubclass(types.GeneratorType, collections.abc.Iterator))
print(issubclass(types.GeneratorType, collections.abc.Generator))
print(isinstance(g, collections.abc.Iterable), isinstance(genfunc, collections.abc.Generator))
try:
    inspect.getgeneratorstate([1])
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
