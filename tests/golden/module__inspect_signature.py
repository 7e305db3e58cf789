# inspect.signature of functions, methods, classes, partials and wrapped functions;
# Parameter, Signature.bind and BoundArguments; getsource; co_flags and co_varnames.
import inspect, functools
from typing import List, Optional
import dataclasses
def f1(): pass
def f2(a, /, b, *, c): pass
def f3(*args, **kwargs): pass
def f4(x: List[int], y: Optional[str] = None, z: 'Fwd' = 1) -> None: pass
def f5(a, b=[1], *args, c=(), **kw) -> 'str': pass
lam = lambda x, y=2: x
class K:
    def __init__(self, a, b=1): pass
    def meth(self, x, *, y=3): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=0): pass
    def __call__(self, v): pass
class NoInit: pass
@dataclasses.dataclass
class DC:
    x: int
    y: str = 'a'
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def wrapped(p, q=5): pass
p = functools.partial(f5, 1, c=9)
for obj in [f1, f2, f3, f4, f5, lam, K, K.meth, K(1).meth, K.cm, K.sm, K(1), NoInit, DC, wrapped, p]:
    s = inspect.signature(obj)
    print(s, repr(s), [str(x) for x in s.parameters.values()])
for x in [f2, f5]:
    for n, prm in inspect.signature(x).parameters.items():
        print(n, prm.kind, prm.kind.description, int(prm.kind), repr(prm), prm.default, prm.annotation is prm.empty)
s = inspect.signature(f5)
for args, kw in [((1,), {}), ((1, 2, 3, 4), {'c': 5, 'z': 6}), ((), {'a': 1}), ((), {})]:
    try:
        b = s.bind(*args, **kw)
        print(b, b.args, b.kwargs)
        b.apply_defaults(); print(b.arguments)
    except TypeError as e:
        print('TypeError', e)
s2 = inspect.signature(f2)
for args, kw in [((1, 2), {'c': 3}), ((1,), {'b': 2, 'c': 3}), ((), {'a': 1, 'b': 2, 'c': 3}), ((1, 2, 3), {}), ((1, 2), {'c': 3, 'd': 4}), ((1,), {'b': 2})]:
    try: print(s2.bind(*args, **kw))
    except TypeError as e: print('TypeError', e)
print(s2.bind_partial(1))
for bad in [min, int]:
    try: print(inspect.signature(bad))
    except ValueError as e: print('ValueError', e)
try: inspect.signature(3)
except TypeError as e: print(e)
print(inspect.signature(f1) == inspect.signature(lambda: 0), inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=1))
sig = inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_OR_KEYWORD)], return_annotation=int)
print(sig, sig.replace(return_annotation=inspect.Signature.empty))
print(inspect.getsource(K.meth), end='')
print(inspect.getsource(wrapped), end='')
print(inspect.getsourcelines(f1))
print(f5.__code__.co_flags, lam.__code__.co_flags, K.meth.__code__.co_varnames)
