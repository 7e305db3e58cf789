# A plain object() has no __dict__: attributes cannot be set, read or deleted on it,
# while instances of a subclass get a dict as usual.
o = object()
for action in ("set", "get", "del"):
    try:
        if action == "set":
            o.x = 1
        elif action == "get":
            o.x
        else:
            del o.x
    except AttributeError as e:
        print(action, type(e).__name__, e)
print(hasattr(o, "__dict__"))
try:
    vars(o)
except TypeError as e:
    print("vars:", e)
try:
    setattr(o, "y", 2)
except AttributeError as e:
    print("setattr:", e)


class Sub:
    pass


s = Sub()
s.x = 1
print(s.__dict__, vars(s))
