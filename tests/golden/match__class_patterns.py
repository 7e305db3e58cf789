# Class patterns: isinstance checks, keyword sub-patterns, __match_args__, built-in types
# matching their subject, and CPython's errors.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y at {y}"
        case Point(x, 0):
            return f"on x at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"text {s}"
        case list([first, *_]):
            return f"list starting {first}"
        case dict(d):
            return f"dict of {len(d)}"
        case _:
            return "not a point"


for p in [Point3(0, 0, 0), Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9),
          7, 2.5, "s", [4, 5], {"a": 1}, None]:
    print(where(p))


class NoArgs:
    pass


for bad in ["match NoArgs():\n case NoArgs(1): pass",
            "match 1:\n case int(1, 2): pass",
            "k = 5\nmatch 1:\n case k(): pass",
            "match Point(1, 2):\n case Point(1, x=1): pass"]:
    try:
        exec(bad, {"NoArgs": NoArgs, "Point": Point})
    except TypeError as e:
        print("TypeError", e)


class Missing:
    __match_args__ = ("nope",)


match Missing():
    case Missing(v):
        print("matched", v)
    case _:
        print("missing attribute: no match")
