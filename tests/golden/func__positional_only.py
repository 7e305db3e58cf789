# Positional-only parameters before /.
def pos(a, b, /, c, *, d):
    return a, b, c, d

print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
def power(base, exp=2, /):
    return base ** exp
print(power(3), power(2, 10))
def kw_clash(name, /, **kwargs):
    return name, kwargs
print(kw_clash('pos', name='kw'))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    power(base=2)
except TypeError as e:
    print(e)
try:
    pos(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
