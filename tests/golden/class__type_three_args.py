# type(name, bases, dict) creates classes dynamically.
def greet(self):
    return f'hi from {type(self).__name__}, x={self.x}'

Base = type('Base', (), {'x': 1, 'greet': greet})
Derived = type('Derived', (Base,), {'x': 2, 'extra': lambda self: 'extra'})
print(Base, Derived, Derived.__mro__)
print(Base().greet(), Derived().greet(), Derived().extra())
print(type(Base), type(Derived()), Derived.__bases__)
Empty = type('Empty', (object,), {})
print(Empty.__name__, isinstance(Empty(), object))
print(type(1), type('x') is str)
try:
    type('Bad', 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
