# Backslash escapes in ordinary and bytes strings.
print('tab:\t|')
print('newline:\n|')
print('quote: \' \" \\')
print('\x41\x62\u00e9\U0001F600'.encode('utf-8'))
print('\101\60\7'.encode())
print(len('\N{BULLET}'), '\N{LATIN SMALL LETTER A WITH ACUTE}')
print(repr('\a\b\f\v\r\0'))
print('line1\
line2')
print(b'\x00\xff\n'[1], list(b'\t\x7f'))
print(repr('\u4e2d\u6587'))
print('\u4e2d\u6587')
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
