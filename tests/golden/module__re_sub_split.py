import re

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'(\w)\d', 'a1b2'))
print([m.span() for m in re.finditer(r'x*', 'axxbx')])
print(re.sub(r'x*', '-', 'abxd'), re.subn('a', 'b', 'aaa', count=2))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home bob@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<1>|\g<0>>', 'ab cd'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub('a', r'\n', 'bab') == 'b\nb', re.sub('a', r'\.', 'a'), re.sub('a', r'\\', 'a'))
print(re.sub(r'(?m)^', '> ', 'a\nb'), re.sub('', '-', 'abc'), re.findall('', 'ab'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\b', 'a b'), re.split('x*', 'axbc'))
print(re.split(r'(a)|b', 'xaybz'), re.split(r'[,;]\s*', 'a, b;c,  d'), re.split('a', ''))
print(re.findall(r'(\d+)-(\d+)?', '1-2 3-'), re.findall(r'a*', ''))
print(re.escape('a.b*c d'), re.escape('100%'), re.escape('\n'))
text = "word " * 500
print(len(re.findall(r'\w+', text)), len(re.sub(r'o', '0', text)), len(re.split(' ', text)))
try:
    re.sub('a', r'\g<x>', 'a')
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('a', r'\2', 'a')
except re.error as e:
    print('error', e)
