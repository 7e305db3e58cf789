# split, rsplit and friends.
s = 'a,b,,c'
print(s.split(','), s.split(',', 1), s.rsplit(',', 1))
print('  hello   world  '.split())
print('  hello   world  '.split(' '))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2))
print(''.split(), ''.split(','), '   '.split())
print('one\ttwo\nthree'.split())
print('a--b--c'.split('--'), 'abc'.split('abc'))
print('x'.split('x'), 'aXbXc'.split('X', 0), 'aXbXc'.rsplit('X', -1))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print('1,2,3'.split(sep=',', maxsplit=1))
print([int(x) for x in '10 20 30'.split()])
