class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.private)

class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.public} must be positive")

class Product:
    name = Typed(str)
    price = Positive((int, float).__class__ and float)
    qty = Positive(int)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty

p = Product("pen", 1.5, 4)
print(p.name, p.price, p.qty, p.total, vars(p))
for args in [("pen", 2, 1), ("pen", 1.0, 0), (5, 1.0, 1)]:
    try:
        Product(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(Product.name).__name__, Product.qty.private)
del p.qty
try:
    p.qty
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.total = 3
except AttributeError as e:
    print("AttributeError:", e)

class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
