# strip, lstrip, rstrip, removeprefix, removesuffix.
s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('www.example.com'.strip('cmow.'))
print('abcba'.strip('ab'), repr('aaaa'.strip('a')))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'))
print('name'.removeprefix('x'), 'name'.removesuffix(''))
print(repr(''.strip()), repr('\u3000full width\u3000'.strip()))
print('--==--'.strip('-'), '12321'.strip('1'))
