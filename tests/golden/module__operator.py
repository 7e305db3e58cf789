# The operator module.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.mul(4, 5), operator.sub(9, 4), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 2), operator.pow(2, 8), operator.neg(5))
print(operator.eq(1, 1), operator.lt(1, 2), operator.not_(0), operator.truth([]))
print(operator.contains([1, 2], 2), operator.getitem('abc', 1), operator.concat('a', 'b'))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.index(7))
records = [('bob', 25), ('ann', 30), ('cy', 25)]
print(sorted(records, key=itemgetter(1, 0)), itemgetter(0)(records), itemgetter(0, 2)('xyz'))
class P:
    def __init__(self, name):
        self.name = name
people = [P('zed'), P('amy')]
print([p.name for p in sorted(people, key=attrgetter('name'))])
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'))
d = {'a': 1}
operator.setitem(d, 'b', 2); operator.delitem(d, 'a')
print(d, operator.length_hint([1, 2, 3]))
x = [1]
x = operator.iadd(x, [2])
print(x)
