# match: literal, capture, wildcard, value, or- and as-patterns, guards, and which names
# a case binds.




class Codes:
    OK = 200
    NOT_FOUND = 404


def describe(x):
    match x:
        case 0 | 1:
            return "bit"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "hi" | "hello" as greeting:
            return f"greeting {greeting!r}"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case Codes.OK:
            return "ok code"
        case Codes.NOT_FOUND:
            return "not found"
        case int(n) if n > 100:
            return f"big {n}"
        case n if isinstance(n, int):
            return f"small {n}"
        case _:
            return "other"


for v in [0, 1, -1, 1.5, 2 + 3j, "hi", "hello", b"raw", None, True, 200, 404, 150, 7, 1.0, "x", []]:
    print(repr(v), "->", describe(v))

# A failed case leaves names alone; a guard that fails still leaves the capture bound.
y = "unset"
match 5:
    case [y]:
        pass
    case z if z > 10:
        pass
    case _:
        pass
print(y, z)
match (1, 2):
    case (a, b) | [b, a] if a > b:
        print("swapped", a, b)
    case (a, b):
        print("plain", a, b)
