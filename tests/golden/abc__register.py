import abc
from abc import ABC, abstractmethod

class Drawable(ABC):
    @abstractmethod
    def draw(self): ...

class Legacy:
    def draw(self):
        return "legacy"

print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable))
r = Drawable.register(Legacy)
print(r is Legacy, isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable))
print(Legacy in Drawable.__subclasses__(), Drawable in Legacy.__mro__)

@Drawable.register
class Other:
    pass
print(isinstance(Other(), Drawable), isinstance(3, Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), issubclass(bool, Drawable))

class SupportsLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is SupportsLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented

print(isinstance([], SupportsLen), isinstance(3.5, SupportsLen), issubclass(dict, SupportsLen))
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)
class Sub(Drawable):
    def draw(self):
        return "sub"
print(Sub().draw(), isinstance(Sub(), Drawable), abc.ABCMeta.__name__)
