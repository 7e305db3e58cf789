# partition and rpartition.
s = 'key=value=more'
print(s.partition('='))
print(s.rpartition('='))
print(s.partition('#'), s.rpartition('#'))
print('a.b.c'.partition('.'), 'a.b.c'.rpartition('.'))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
print(''.partition('x'), 'abc'.partition('abc'))
try:
    s.partition('')
except ValueError as e:
    print(type(e).__name__, e)
