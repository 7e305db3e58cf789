# Errors from % formatting.
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)

show("%d", "x")
show("%s %s", ("a",))
show("%s", ("a", "b"))
show("%d", (1.5,))
show("%(a)s", {"b": 1})
show("%z", 1)
show("%c", 1114112)
show("%x", 1.0)
show("%d %d", [1, 2])
