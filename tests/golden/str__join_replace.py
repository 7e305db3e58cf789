# join and replace.
print(', '.join(['a', 'b', 'c']), ''.join('xyz'), '-'.join([]))
print('-'.join('abc'), ' '.join(str(i) for i in range(3)))
print('.'.join(('only',)))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'hello'.replace('', '-'))
print('aaa'.replace('a', 'bb'), 'abc'.replace('x', 'y'), 'abc'.replace('abc', ''))
print('banana'.replace('an', 'AN', 0), 'banana'.replace('an', 'AN', -1))
try:
    ', '.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ', '.join(['a', None])
except TypeError as e:
    print(type(e).__name__, e)
print('x'.join({'k1': 1, 'k2': 2}))
