# C3 linearisation for diamond and more complex hierarchies.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()

print(D().who())
print(D.__mro__)
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(K1, K2, Z): pass
print([k.__name__ for k in K3.__mro__])
print(object.__mro__, bool.__mro__)
