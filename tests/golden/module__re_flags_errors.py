import re

print(re.compile('a+'), re.compile('a', re.I | re.M), re.compile('(?i)a').flags)
print(re.I, repr(re.I | re.M), re.I | re.S, type(re.I).__name__, re.I == 2)
print(re.findall('.', 'a\nb', re.S), re.findall('.', 'a\nb'))
print(re.match(r'''(\d+)  # number
   \s* ([a-z]+) # word
''', '12 abc', re.X).groups())
print(re.search('ABC', 'xabcx', re.IGNORECASE), re.findall(r'(?i)[A-C]+', 'xAbCy'))
print(re.findall(r'(?m)^\w', 'ab\ncd\n'), re.findall('(?m)$', 'a\nb\n'), re.findall('$', 'a\nb\n'))
print(re.search(r'(?s:.)+', 'a\nb'), re.search(r'(?i:A)b', 'ab'), re.search(r'(?i:A)b', 'aB'))
print(re.match(r'(?x) a b # c', 'ab'), re.match(r'[ ]', ' ', re.X))
print(re.search('a{,2}', 'aaa'), re.search('a{', 'a{'), re.search('{}', 'a{}'))
print(re.search(r'\x41\101\u0042', 'zAAB'), re.search(r'[\x41-\x43]+', 'ABCD'))
print(re.search('a++', 'aaa'), re.search('(?>a+)b', 'aab'), re.search(r'(a)?(?(1)b|c)', 'xc'))
for bad in ['(', ')', 'a**', '*a', '[a', r'\q', 'a{2,1}', '(?P<1>a)', '(?P=x)',
            r'(a)\2', '(?z)', 'a(?i)b', '(?P<a>x)(?P<a>y)', '[z-a]', 'x\n(']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', e, '|', e.pos, e.msg)
try:
    re.search(1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.search('a', 1)
except TypeError as e:
    print('TypeError', e)
