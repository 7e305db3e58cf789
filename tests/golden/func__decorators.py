# Function decorators, stacked decorators and decorators with arguments.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + '!'
    return wrapper

def trace(func):
    def wrapper(*args):
        print('calling', func.__name__, args)
        result = func(*args)
        print('returned', result)
        return result
    return wrapper

@shout
def greet(name):
    return 'hello ' + name
print(greet('ann'))
@trace
@shout
def hi():
    return 'hi'
hi()
def repeat(times):
    def decorate(func):
        def wrapper(*a):
            return [func(*a) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry, one.__name__, greet.__name__)
