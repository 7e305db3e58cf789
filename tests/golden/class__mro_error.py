# An inconsistent hierarchy cannot be linearised.
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(A, B): pass
except TypeError as e:
    print(type(e).__name__, e.args)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
class R(P, Q): pass
