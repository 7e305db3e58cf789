import itertools as it

objs = [it.cycle("ab"), it.accumulate([1, 2]), it.compress("ab", [1, 0]), it.starmap(pow, [(2, 3)]),
        it.pairwise("abc"), it.zip_longest("a", "bc"), it.takewhile(bool, [1, 0]),
        it.dropwhile(bool, [1, 0]), it.filterfalse(None, [0, 1]), it.product("ab", repeat=2),
        it.permutations("abc", 2), it.combinations("abc", 2),
        it.combinations_with_replacement("ab", 2), it.groupby("aabc")]
for o in objs:
    print(f"{type(o).__name__:30} {type(o).__module__} {iter(o) is o} {next(o)!r}")
print(repr(it.cycle([])).split(" at ")[0] + ">")
key, group = next(it.groupby("xxy"))
print(key, type(group).__name__, list(group))

# Arguments are checked (and iterables opened) when the iterator is made.
def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("cycle(5)", lambda: it.cycle(5))
attempt("accumulate(5)", lambda: it.accumulate(5))
attempt("compress([1], 5)", lambda: it.compress([1], 5))
attempt("pairwise(None)", lambda: it.pairwise(None))
attempt("product repeat=-1", lambda: it.product("ab", repeat=-1))
attempt("product repeat='2'", lambda: it.product("ab", repeat="2"))
attempt("combinations r=-1", lambda: it.combinations("ab", -1))
attempt("combinations r=1.5", lambda: it.combinations("ab", 1.5))
attempt("permutations r='x'", lambda: it.permutations("ab", "x"))
attempt("permutations r=-2", lambda: it.permutations("ab", -2))
attempt("zip_longest(1)", lambda: it.zip_longest([1], 1))
attempt("takewhile(bool, 3)", lambda: it.takewhile(bool, 3))
attempt("cycle()", lambda: it.cycle())
attempt("starmap(pow)", lambda: it.starmap(pow))
attempt("pairwise(x=1)", lambda: it.pairwise(x=1))
attempt("compress(data)", lambda: it.compress("abc"))
attempt("repeat()", lambda: it.repeat())
attempt("groupby()", lambda: it.groupby())
attempt("combinations(a, 1, 2)", lambda: it.combinations("a", 1, 2))
attempt("accumulate(bogus)", lambda: it.accumulate([1], bogus=1))
attempt("zip_longest(fill)", lambda: it.zip_longest("a", fill=0))
attempt("starmap non-tuple", lambda: list(it.starmap(pow, [5])))
print(list(it.starmap(pow, [[2, 5], (3, 2)])), list(it.accumulate([3, 1, 2], func=min)))
print(list(it.repeat("r", times=2)), it.count(step=3), list(it.compress(data="abc", selectors=[0, 1, 1])))
print(list(it.permutations(iterable="ab")), list(it.combinations(r=1, iterable="xy")))
gen_calls = []
def source():
    gen_calls.append("started")
    yield 1
c = it.cycle(source())
print(gen_calls, next(c), gen_calls)
