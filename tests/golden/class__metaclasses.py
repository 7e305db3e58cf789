class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.registered = True
    def describe(cls):
        return 'class ' + cls.__name__
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(type(A) is Meta, type(B) is Meta, A.tag, B.tag, A.registered, A.describe(), isinstance(A, Meta))
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, type(Config).__name__)
