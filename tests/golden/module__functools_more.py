# functools: partial flattening/repr, reduce errors, bounded lru_cache, total_ordering, cmp_to_key, singledispatch.
import functools
from functools import partial, reduce, wraps, lru_cache, total_ordering, cmp_to_key, singledispatch, update_wrapper
def power(base, exp):
    return base ** exp
p = partial(power, exp=2)
print(repr(p).split(' at ')[0], p.args, p.keywords)
q = partial(p, 3, exp=3)
print(q(), q.func is power, q.args, q.keywords)
print(repr(partial(len)).startswith('functools.partial(<built-in function len>'))
print(repr(partial(max, 1, 2, key=abs)))
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
try: reduce(lambda a, b: a, 5)
except TypeError as e: print(e)
print(reduce(lambda a, b: a + b, [1], 10), reduce(lambda a, b: a + b, [7]))
@lru_cache
def sq(x):
    return x * x
print(sq(2), sq(2), sq(3), sq.cache_info())
@lru_cache(maxsize=2)
def f(x):
    print('call', x)
    return x
f(1); f(2); f(1); f(3); f(2); f(1)
print(f.cache_info())
print(f.__name__, f.__wrapped__.__name__)
def kw(a, b=1):
    return a + b
k = lru_cache()(kw)
print(k(1, b=2), k(1, b=2), k.cache_info())
try:
    k([1])
except TypeError as e:
    print(e)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2))
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(3) >= W(2))
try:
    @total_ordering
    class Z:
        pass
except ValueError as e:
    print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@singledispatch
def fun(arg):
    return 'default ' + repr(arg)
@fun.register(int)
def _(arg):
    return 'int ' + repr(arg)
@fun.register(list)
def _(arg):
    return 'list ' + repr(arg)
print(fun('x'), fun(1), fun(True), fun([1]))
print(fun.dispatch(bool) is fun.registry[int])
def wrapper(*a): return 1
def orig():
    "od"
update_wrapper(wrapper, orig)
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is orig)
@functools.cache
def c(n): return n
c(1); c(1); print(c.cache_info())
class M:
    @lru_cache(maxsize=None)
    def meth(self, x):
        return x * 2
m = M(); print(m.meth(3), m.meth(3), M.meth.cache_info())
print(functools.reduce(operator_add := (lambda a, b: a + b), 'abc'))
