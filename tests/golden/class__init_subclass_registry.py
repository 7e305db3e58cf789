class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key!r}")
        Plugin.registry[key] = cls
        print("registered", key, cls.__qualname__)

class Csv(Plugin):
    pass
class Json(Plugin, name="json5"):
    pass
class Sub(Json):
    pass
print(sorted(Plugin.registry))
try:
    class Again(Plugin, name="csv"):
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    class Odd(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[3])

class Shape:
    @classmethod
    def from_string(cls, text):
        parts = [float(p) for p in text.split(",")]
        return cls(*parts)
    def __repr__(self):
        attrs = ", ".join(f"{k}={v}" for k, v in vars(self).items())
        return f"{type(self).__name__}({attrs})"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
    @staticmethod
    def unit():
        return Square(1)
print(Rect.from_string("2,3"), Square.from_string("4"), Square.unit())
try:
    Square.from_string("1,2")
except TypeError as e:
    print("TypeError:", e)
print(Square.__mro__)
print(Square.from_string, Square.unit)
print(Square.__init__.__qualname__, Rect.from_string.__func__.__qualname__)
