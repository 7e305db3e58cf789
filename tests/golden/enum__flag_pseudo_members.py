from enum import Enum, Flag, IntFlag, KEEP, auto


class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()


# Values with bits no member has: CPython names them with the number in decimal.
print(repr(Perm(8)), repr(Perm(9)), str(Perm(9)), Perm(9).name, Perm(8).name)
print(repr(Perm(0)), repr(Perm.R | Perm.X), repr(~Perm.R), Perm.R + 1)
print(list(Perm), Perm.__repr__ is Flag.__repr__)


class Loose(Flag, boundary=KEEP):
    A = 1


print(repr(Loose(4)), repr(Loose(5)), str(Loose(5)))


class Color(Enum):
    RED = 1


for attr in ('value', 'name'):
    try:
        setattr(Color.RED, attr, 3)
    except AttributeError as e:
        print(e)
try:
    del Color.RED.value
except AttributeError as e:
    print(e)
Color.RED.note = 'extra attributes are fine'
print(Color.RED.note, Color.RED.value, Color.RED.name)
