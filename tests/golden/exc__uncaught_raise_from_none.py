class NotFound(Exception):
    pass

registry = {"a": 1}

def lookup(key):
    try:
        return registry[key]
    except KeyError:
        raise NotFound(f"no entry for {key!r}") from None

print(lookup("a"))
try:
    lookup("b")
except NotFound as e:
    print("caught:", e, e.__context__ is not None, e.__suppress_context__)
lookup("zzz")
