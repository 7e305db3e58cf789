import math
import operator

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("slice with str", lambda: "abcdef"[None:"x"])
attempt("slice with float step", lambda: [1, 2, 3][::1.0])
attempt("huge slice", lambda: [1, 2, 3][-10**30:10**30])
attempt("slice.indices", lambda: slice(1, "a").indices(4))
attempt("join non-iterable", lambda: ", ".join(5))
attempt("join ints", lambda: ", ".join([1, 2]))
attempt("list.append on int", lambda: list.append(1, 2))
attempt("dict.keys on list", lambda: dict.keys([]))
attempt("set.add on tuple", lambda: set.add((), 1))
attempt("list.append no self", lambda: list.append())
attempt("from_bytes str", lambda: int.from_bytes("ab", "big"))
attempt("from_bytes list", lambda: int.from_bytes([1, 0], "big"))
attempt("bit_length arg", lambda: (5).bit_length(1))
attempt("bit_count", lambda: (255).bit_count())
attempt("pow(0, -1)", lambda: math.pow(0, -1))
attempt("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3))
attempt("pow overflow", lambda: math.pow(10, 400))
attempt("pow(inf, -1)", lambda: math.pow(float("inf"), -1))
attempt("pow(2, 0.5)", lambda: math.pow(2, 0.5))
attempt("itemgetter()", lambda: operator.itemgetter())
attempt("attrgetter()", lambda: operator.attrgetter())
attempt("itemgetter kw", lambda: operator.itemgetter(1, default=0))
attempt("methodcaller()", lambda: operator.methodcaller())
attempt("methodcaller", lambda: operator.methodcaller("split", ",", maxsplit=1)("a,b,c"))
attempt("itemgetter many", lambda: operator.itemgetter(0, -1)("xyz"))

def gen():
    yield 1
g = gen()
attempt("throw bad tb", lambda: g.throw(ValueError, ValueError("v"), 5))
attempt("throw tb None", lambda: g.throw(ValueError, "msg", None))
class Foo:
    pass
attempt("str * Foo", lambda: "ab" * Foo())
attempt("Foo * list", lambda: Foo() * [1])
class Idx:
    def __index__(self):
        return 2
attempt("str * Idx", lambda: "ab" * Idx())
attempt("Idx * tuple", lambda: Idx() * (1,))
