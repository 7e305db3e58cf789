# Several import forms; modules are objects with attributes.
import math, sys
import collections.abc
from collections import abc
from collections.abc import Iterable, Iterator
print(math.__name__, sys.__name__, collections.abc.__name__, abc is collections.abc)
print(type(math).__name__, 'collections' in sys.modules, 'collections.abc' in sys.modules)
print(isinstance([], collections.abc.Sequence), isinstance({}, abc.Mapping))
print(isinstance(iter([]), Iterator), isinstance([], Iterable), isinstance(5, Iterable))
print(isinstance([], Iterator), isinstance('abc', Iterable), isinstance(iter('abc'), Iterator))
def local_import():
    import string
    from math import floor as fl
    return string.digits, fl(2.5)
print(local_import())
print('string' in dir(), 'fl' in dir(), 'string' in sys.modules)
import math as m2
print(m2 is math, m2.sqrt(9))
