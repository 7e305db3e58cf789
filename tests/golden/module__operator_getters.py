# operator: getter reprs, dotted attrgetter, sequence helpers, errors.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('a.b', 'c')), repr(methodcaller('f', 1, x=2)))
class A: pass
a = A(); a.b = A(); a.b.c = 5; a.d = 1
print(attrgetter('b.c')(a), attrgetter('b.c', 'd')(a))
try:
    attrgetter('zz')(a)
except AttributeError as e:
    print(e)
print(operator.is_(None, None), operator.is_not(1, None), operator.abs(-3), operator.inv(5), operator.lshift(1, 3))
print(operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
try: operator.indexOf([1], 5)
except ValueError as e: print(e)
try: operator.concat(1, 2)
except TypeError as e: print(e)
try: operator.index(1.5)
except TypeError as e: print(e)
print(operator.length_hint([1, 2], 7), operator.length_hint(x for x in []), operator.length_hint(5, 3))
l = [1]; print(operator.iconcat(l, [2]) is l, l)
print(operator.ge(3, 2), operator.le(3, 2), operator.ne(1, 2), operator.gt(1, 1))
print(operator.truediv(1, 4), operator.pos(-1), operator.getitem({'a': 1}, 'a'))
print(sorted({'b': 1, 'a': 2}.items(), key=itemgetter(1)))
