# Properties with getters, setters, deleters and validation.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value

    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, '_c'))
print(type(Temperature.celsius).__name__)
class Lazy:
    area = property(lambda self: 6 * 7, doc='the area')
print(Lazy().area, Lazy.area.__doc__)
