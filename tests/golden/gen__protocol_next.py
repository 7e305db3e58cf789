# Generators are their own iterators: __iter__ returns self, __next__ advances.
def g():
    yield 'a'
    yield 'b'

it = g()
print(iter(it) is it, it.__iter__() is it)
print(it.__next__())
print(next(it))
print(next(it, 'default'))
print(next(it, None))
try:
    it.__next__()
except StopIteration as e:
    print('StopIteration', e.args)
try:
    next(it)
except StopIteration as e:
    print('StopIteration again', e.args)

print(list(g()), tuple(g()), ''.join(g()), sorted(g(), reverse=True))
a, b = g()
print(a, b)
first, *rest = g()
print(first, rest)
print('b' in g(), 'z' in g())
print(dict(zip(g(), range(5))))
print(list(enumerate(g(), 1)))
print(hasattr(it, 'send'), hasattr(it, 'throw'), hasattr(it, 'close'))
print(hasattr(it, '__len__'), hasattr(it, '__getitem__'))
try:
    len(g())
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()[0]
except TypeError as e:
    print(type(e).__name__, e)

m = map(str.upper, g())
print(next(m), list(m))
