# Flags defined out of value order name their combinations in definition order.
import enum

class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1

class Ordered(enum.Flag):
    A = 1
    B = 2
    C = 4

print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), list(Perm), Perm.R in (Perm.R | Perm.W))
print(Ordered.C | Ordered.A, repr(Ordered(7)), [m.name for m in Perm(3)])
