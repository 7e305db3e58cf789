# Instantiating an ABC subclass adds no frame of its own: warnings with stacklevel=2 point
# at the caller, and an abstract class fails where it is called.
import warnings
from abc import ABC, ABCMeta, abstractmethod

warnings.simplefilter("always")
warnings.showwarning = lambda m, c, f, l, *a: print(f"{c.__name__} at line {l}: {m}")


class Shape(ABC):
    def __init__(self, name):
        warnings.warn("shapes are old", DeprecationWarning, stacklevel=2)
        self.name = name

    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side**2


class Meta(metaclass=ABCMeta):
    def __new__(cls, *args):
        print("custom __new__", args)
        return super().__new__(cls)

    @abstractmethod
    def run(self):
        ...


print(Square(3).area())
try:
    Meta(1, 2)
except TypeError as e:
    print(e)
Shape("circle")
