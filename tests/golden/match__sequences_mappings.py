# Sequence patterns (exact length, starred, nested, tuples vs lists, no str) and mapping
# patterns (extra keys, **rest, get-based lookup).
def seq(x):
    match x:
        case []:
            return "empty"
        case [one]:
            return f"one {one}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"


def shapes(x):
    match x:
        case (0, 0):
            return "origin"
        case (x0, 0) | (0, x0):
            return f"on an axis at {x0}"
        case [(a, b), (c, d)]:
            return f"segment {a},{b}-{c},{d}"
        case [_, _, *_]:
            return "long"
        case str(s):
            return f"a string, not a sequence: {s}"
        case _:
            return "?"


for v in [[], [1], [1, 2], (1, 2, 3, 4), range(3), "abc"]:
    print(repr(v), seq(v))
for v in [(0, 0), [5, 0], (0, 7), [(1, 2), (3, 4)], [1, 2, 3], "xy", {1: 2}]:
    print(repr(v), shapes(v))

match 1, 2, 3:
    case a, *rest:
        print("open sequence", a, rest)


def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **extra}:
            return f"key {k} with {extra}"
        case {"type": t}:
            return f"unknown {t}"
        case {}:
            return "empty-ish mapping"


for e in [{"type": "click", "pos": (1, 2), "button": 1}, {"type": "key", "key": "q", "mods": ["ctrl"]},
          {"type": "scroll"}, {"other": 1}, [("type", "click")]]:
    print(event(e))

from collections import OrderedDict, defaultdict
print(event(OrderedDict(type="key", key="x")))
print(event(defaultdict(int, type="scroll")))
class K:
    a = "a"
    b = "a"


for subject in [{"a": 1}, {"a": 1, "b": 2}]:
    try:
        match subject:
            case {K.a: 1, K.b: 2}:
                print("matched")
            case _:
                print("no match")
    except ValueError as err:
        print("ValueError", err)
