# Name mangling of __private attributes.
class Secret:
    def __init__(self):
        self.__hidden = 'mangled'
        self._protected = 'convention only'

    def reveal(self):
        return self.__hidden

class Sub(Secret):
    def __init__(self):
        super().__init__()
        self.__hidden = 'sub version'

    def sub_reveal(self):
        return self.__hidden

s = Sub()
print(s.reveal(), s.sub_reveal(), s._protected)
print(sorted(vars(s)))
print(s._Secret__hidden, s._Sub__hidden)
try:
    s.__hidden
except AttributeError as e:
    print(type(e).__name__, e)
class Dunder:
    __not_mangled__ = 'dunder names are not mangled'
print(Dunder.__not_mangled__)
