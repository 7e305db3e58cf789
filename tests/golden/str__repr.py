# repr of strings: quote choice and escaping.
tests = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'new\nline',
         'back\\slash', '\x00\x07\x1b\x7f', 'é中文', '\u200b', '\U0001f600',
         '\r\n', '', "'", '"']
for t in tests:
    print(repr(t))
print(repr(['a', "b'c"]), repr(('x',)), repr({'k': 'v'}))
print(str(['nested "str"']))
print(ascii('é中文\n'), ascii("'"))
