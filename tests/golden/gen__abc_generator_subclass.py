from collections.abc import Generator, Iterator, Iterable, Coroutine
import types
import inspect

class Countdown(Generator):
    def __init__(self, n):
        self.n = n
    def send(self, value):
        if value is not None:
            self.n = value
        if self.n <= 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1
    def throw(self, typ, val=None, tb=None):
        print("throw called with", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        return super().throw(typ, val, tb)

c = Countdown(3)
print(next(c), c.send(None), next(c))
try:
    next(c)
except StopIteration as e:
    print("stop", e.value)
c = Countdown(5)
print(next(c), c.send(10), list(c)[:3])
c = Countdown(2)
print(c.close())
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("ValueError", e)
print(isinstance(c, Iterator), isinstance(c, Iterable), iter(c) is c)
try:
    class Half(Generator):
        def send(self, v):
            return v
    Half()
except TypeError as e:
    print("TypeError:", e)

def real():
    yield 1
g = real()
print(isinstance(g, Generator), isinstance(g, types.GeneratorType), isinstance(Countdown(1), types.GeneratorType))
print(inspect.isgenerator(g), inspect.isgeneratorfunction(real), inspect.isgenerator(Countdown(1)))
print(repr(g).startswith("<generator object real at 0x"), g.gi_code.co_name, g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno, inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(issubclass(types.GeneratorType, Iterator), sorted(Generator.__abstractmethods__))
class Minimal(Iterator):
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
m = Minimal()
print(list(m), iter(m) is m, Minimal.__iter__ is Iterator.__iter__)
try:
    Iterator()
except TypeError as e:
    print("TypeError:", e)
