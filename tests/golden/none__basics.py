# None: the single null value.
x = None
print(x, repr(x), str(x), type(x))
print(x is None, x == None, x is not None)
print(bool(None), not None)
def f():
    pass
print(f() is None)
print([None] * 3)
print({None: 'none key'}[None])
print(None == 0, None == '', None == False)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)() is None)
