# Class decorators and decorated methods.
registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls

@register
@add_repr
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin

@register
class Group:
    pass

print(sorted(registry), registry['user'] is User)
print(User('ann'), User('root', admin=True))
def logged(method):
    def wrapper(self, *args):
        print('calling', method.__name__, args)
        return method(self, *args)
    return wrapper
class Calc:
    @logged
    def add(self, a, b):
        return a + b
print(Calc().add(2, 3))
