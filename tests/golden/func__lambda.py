# lambda expressions.
square = lambda x: x * x
print(square(7), square.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, x=3))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 2, ['a', 'abc', 'de', 'fghi'])))
ops = {'+': lambda a, b: a + b, '*': lambda a, b: a * b}
print(ops['+'](3, 4), ops['*'](3, 4))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(6)(7))
print(repr(square)[:17])
