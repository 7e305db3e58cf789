# functools: partial, reduce, wraps, lru_cache, cache.
import functools
from functools import partial, reduce, wraps, lru_cache

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), square.func is power, square.keywords, two_to.args)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'empty'))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, s: acc + len(s), ['ab', 'c'], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def logged(f):
    @wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper
@logged
def documented(x):
    """Docs survive."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.cache
def slow_square(n):
    print('computing', n)
    return n * n
print(slow_square(4), slow_square(4))
