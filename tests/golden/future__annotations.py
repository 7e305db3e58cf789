"""Doc."""
from __future__ import annotations, generators
import __future__
print(__future__.annotations, __future__.all_feature_names)
print(annotations, annotations.getMandatoryRelease())
def f(x: int | None, y: "Node" = 2, *a: tuple[int, ...], k: dict[str, list[int]] = {}, **kw: -1 + 2 * 3 ** -x) -> Optional[Callable[[int], str]]: pass
print(f.__annotations__)
class A:
    a: int
    b: list[int] = 3
    c: (int, str)
    d: lambda x: x
    e: 1 if x else (2 if y else 3)
    g: not a and (b or c) < d
    h: f(*a, **k)
    i: [x for x in range(3) if x]
    j: {1: 2, **d}
    k: x[1:2, ::3]
    l: (a + b) * c - d ** (e ** f) // (-g)
    m: 1 .real
    n: 2.5j
    o: {*()}
    p: b'x'
    q: ...
    r: f(x for x in y)
    s: 1e400
    t: a is not b not in c
    u: ~a << 2 & b ^ c | d
print(A.__annotations__)
x: int = 5
print(__annotations__)
def g():
    y: undefined_name = 3
    return y
print(g())
