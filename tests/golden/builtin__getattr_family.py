# getattr, setattr, hasattr and delattr.
class Box:
    size = 1

b = Box()
setattr(b, 'color', 'red')
print(getattr(b, 'color'), getattr(b, 'size'), getattr(b, 'nope', 'default'))
print(hasattr(b, 'color'), hasattr(b, 'nope'), hasattr(Box, 'size'))
delattr(b, 'color')
print(hasattr(b, 'color'))
for name in ['a', 'b', 'c']:
    setattr(b, name, name * 2)
print(sorted(vars(b).items()))
try:
    getattr(b, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(b, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr('text', 'upper')(), getattr([], 'append') is not None)
print(getattr(Box, '__name__'))
