# del of names, items, slices and attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
