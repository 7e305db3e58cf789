# find, rfind, index, rindex, count, startswith, endswith.
s = 'hello world, hello python'
print(s.find('hello'), s.rfind('hello'), s.find('xyz'), s.find(''))
print(s.find('o', 5), s.find('o', 5, 7), s.rfind('o', 0, 10))
print(s.index('world'), s.rindex('o'))
try:
    s.index('java')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('java')
except ValueError as e:
    print(type(e).__name__, e)
print(s.count('o'), s.count('hello'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('hello'), s.startswith('world', 6), s.endswith('python'))
print(s.startswith(('a', 'h')), s.endswith(('x', 'y')), 'abc'.endswith('', 3))
print('abc'.find('c', -1), 'abc'.find('a', -1))
print('中文字符'.find('字'))
try:
    s.startswith(['h'])
except TypeError as e:
    print(type(e).__name__, e)
