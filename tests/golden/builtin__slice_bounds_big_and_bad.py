big = 10**30
a = [1, 2, 3, 4, 5]
print(a[:big], a[-big:2], a[2::big], a[3::-big], a[big:], a[::-big], a[-big::-1])
print("hello"[:big], "hello"[1::big], (1, 2, 3)[-big:big], "hello"[big::-1])
print(slice(None, big).indices(4), slice(-big, None, -3).indices(4))
print(range(10)[2:big], range(10)[::big], bytes(b"abc")[1:big])
for bad in ("a", 1.5, [1]):
    for thing in (a, "abc", (1, 2), range(3), b"xy"):
        try:
            thing[bad:]
        except TypeError as e:
            print(type(thing).__name__, e)
    try:
        slice(bad, None).indices(3)
    except TypeError as e:
        print("indices", e)
    try:
        "abc".find("a", bad)
    except TypeError as e:
        print("find", e)
class I:
    def __index__(self):
        return 1
print(a[I():], "abc".find("b", I()), "abc"[I():I()+1] if False else "abc".count("c", I()))
print("abcdef".find("f", -big), "abcdef".rfind("a", 0, big), "abc".startswith("c", big), "abc".endswith("", -big, big))
