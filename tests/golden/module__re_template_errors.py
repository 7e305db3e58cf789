import re
for tpl in [r'\g', r'\g<', r'\g<1', r'\g<>', r'\g<a-b>', r'\g<5>', r'\9', r'\q', '\\', r'\400', r'\08x', r'\1\0', r'\g<0>!']:
    try:
        print(repr(tpl), repr(re.sub('(a)', tpl, 'xa')))
    except Exception as e:
        print(repr(tpl), type(e).__name__, e)
for pat in ['(?<n>a)', '(a(b)', '((a)', '(a)(b', r'[\Z]', r'\x4', r'\u12', '(?', '(?P', '(?P<a', '(?P<>a)', '(?i', r'(?#abc', '[]', '[^]', 'a{1,2}{3}', r'(?P=a)(?P<a>x)', r'(a)(?(2)x)', r'\8', r'[\8]', '(?x)a # c\n b', 'a|*']:
    try:
        p = re.compile(pat)
        print(repr(pat), 'ok', p.groups)
    except re.error as e:
        print(repr(pat), e)
print(re.sub('a', 'b', 'aaa', count=1, flags=re.I), re.split('a', 'bAc', maxsplit=1, flags=re.I))
print(re.match(r'(?x) (?P<a> \d+ ) [ ] (?P=a)', '12 12'))
print(re.findall(r'(?:(a)|b)(?(1)c|d)', 'acbdad'))
