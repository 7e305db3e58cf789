# str.format: auto and manual numbering, keywords, indexes, attributes.
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[1]}".format(["x", "y"]))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "one"}))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p))
print("({p.x}, {p.y})".format(p=p))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{0:.2f} {0:e} {0:%}".format(0.5))
print("{:,}".format(10**9))
print("{{literal}} {}".format(1))
print("{!r} {!s}".format("s", "s"))
print("{0}{1}{0}".format("ab", "cd"))
args = ["one", "two"]
kwargs = {"k": "three"}
print("{} {} {k}".format(*args, **kwargs))
print("{0:{1}}|".format("w", 4))
print("{:03}".format(7))
