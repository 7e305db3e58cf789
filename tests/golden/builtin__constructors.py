# Calling builtin types as constructors and converters.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), bytes())
print(int('7'), float('7'), str(7), bool(7), list('ab'), tuple([1]), dict(a=1), set('aa'))
print(list(range(3)), tuple(range(3)), list({'x': 1}.items()))
print(str(b'ab'), str(3.0), str([None]))
print(bool([]), bool([0]), bool(''), bool(' '), bool(0.0), bool(-0.0))
print(float(True), int(False), float(-2))
print(list(list('ab')), tuple(tuple('ab')))
print(type(int('5')) is int, str(int) == "<class 'int'>")
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
