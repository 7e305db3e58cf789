# map and filter are lazy iterators.
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(len, ['a', 'bb', ''])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, 'a1b2c3')))
m = map(lambda x: print('mapping', x) or x, [1, 2])
print('created lazily')
print(list(m), list(m))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
print(sum(map(int, '12345')))
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
