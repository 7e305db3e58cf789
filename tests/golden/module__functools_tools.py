from functools import lru_cache, partial, reduce, singledispatch, cached_property, wraps, cache
import operator

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print([fib(i) for i in (1, 2, 1, 3)], fib.cache_info())

@cache
def square(x):
    print("computing", x)
    return x * x
print(square(3), square(3), square.cache_info())

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
cube = partial(power, exp=3)
print(cube(2), cube(3, mod=5), cube.func.__name__, cube.args, cube.keywords)
p2 = partial(power, 2)
print(p2(10), repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>"))
print(repr(partial(int, base=2)))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, "hello"))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}"
@describe.register(bool)
def _(x):
    return f"bool {x}"
for v in (1, True, [1, 2], (1,), "s", 2.5):
    print(describe(v))
print(describe.dispatch(float).__name__, sorted(t.__name__ for t in describe.registry))

class Data:
    def __init__(self, values):
        self.values = values
    @cached_property
    def total(self):
        print("summing")
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
print(type(Data.total).__name__)

def logged(func):
    @wraps(func)
    def inner(*a, **k):
        """inner doc"""
        return func(*a, **k)
    return inner
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add.__name__, add.__doc__, add(2, 3), add.__wrapped__)
