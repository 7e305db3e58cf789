# Default repr shows the module, class name and address; str falls back to repr.
class Plain:
    pass

class WithStr:
    def __str__(self):
        return 'custom str'

class WithRepr:
    def __repr__(self):
        return 'WithRepr()'

p = Plain()
print(repr(p))
print(str(p) == repr(p))
print(WithStr(), repr(WithStr()))
print(WithRepr(), str(WithRepr()), [WithRepr()], f'{WithRepr()}')
print([WithStr()])
print(object())
print(Plain)
def f():
    pass
print(f)
print(Plain().__class__, type(Plain()).__repr__ is object.__repr__)
