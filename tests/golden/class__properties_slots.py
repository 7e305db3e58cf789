class Temperature:
    __slots__ = ("_celsius",)
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._celsius = 0.0
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, Temperature.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.__slots__, hasattr(t, "_celsius"), type(Temperature._celsius).__name__, Temperature._celsius)

class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class Free(Base):
    pass
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b)
f = Free()
f.a = 1
f.z = 26
print(f.__dict__)
empty = Child()
try:
    empty.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Clash:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
ro = property(lambda self: 42)
class R:
    answer = ro
r = R()
print(r.answer)
try:
    r.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.answer
except AttributeError as e:
    print("AttributeError:", e)
print(property.__name__, R.answer.fget(None), R.answer.fset)
