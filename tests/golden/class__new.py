# __new__ runs before __init__ and can return existing objects.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print('__init__', value)
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), type(p).__name__)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never called')
print(type(Weird()).__name__)
