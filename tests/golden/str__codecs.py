# Codecs beyond UTF-8: Latin-1, ASCII, UTF-16/32, error handlers and their messages.
s = 'A€é😀'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'UTF8', 'latin_1']:
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print('é€'.encode('ascii', 'backslashreplace'), 'é€'.encode('latin-1', 'xmlcharrefreplace'))
print(b'a\xffb'.decode('ascii', 'replace'), b'\xffa'.decode('utf-8', 'backslashreplace'))
print(b'\xe4\xb8'.decode('utf-8', 'replace'), b'x\xe4\xb8'.decode('utf-8', 'ignore'))
print(str(b'\xe9t\xe9', 'latin-1'), bytes('été', 'latin-1'), bytes('hi', encoding='utf-16-be'))
print(b'\xfe\xff\x00A'.decode('utf-16'), b'\xff\xfeA\x00'.decode('utf-16'), b'A\x00'.decode('utf-16'))
bad = [(b'\xff\xfeA', 'utf-16'), (b'\x00\xd8A\x00', 'utf-16-le'), (b'\x00\xdcA\x00', 'utf-16-le'),
       (b'\x00\xd8', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'),
       (b'AB', 'utf-32'), (b'\xf0\x9f\x98', 'utf-8'), (b'\xe4A', 'utf-8'), (b'\xc0\x80', 'utf-8'),
       (b'a\xff\xfe', 'ascii')]
for b, enc in bad:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
for thunk in [lambda: 'hééllo'.encode('ascii'), lambda: '😀'.encode('latin-1'),
              lambda: 'a'.encode('nope'), lambda: 'é'.encode('ascii', 'nope'),
              lambda: b'a'.decode(5), lambda: bytes(5, 'utf-8')]:
    try:
        print(thunk())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
print('a'.encode('ascii', 'nope'))
