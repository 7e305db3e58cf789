# !r, !s and !a conversions.
s = "héllo\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{42!r} {'it' + 's'!r}")
print(f"{[1, 'a']!s}")
print(f"{'x'!r:>6}|")
print(f"{None!r} {1.5!r}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s}")
print("{0!r} {0!s}".format(p))
