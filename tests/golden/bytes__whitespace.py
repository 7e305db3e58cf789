# bytes whitespace is only b' \t\n\r\x0b\x0c'; line breaks only \n, \r and \r\n.
print(b'a\x85b \xa0c\x1cd'.split(), b'\xa0 x \xa0'.strip(), b'\x1fx\x1f'.lstrip(), b'x\x85'.rstrip())
print(b'a\x1cb\x85c\nd\r\ne'.splitlines(), b'a\x85b'.split(b'\x85'), b'\xa0'.center(5, b'\x85'))
print(b'a b\tc\x0bd\x0ce'.split(), b' \t\nx\r\x0b\x0c'.strip(), b'\xa0\x85'.find(b'\x85'), b'x\xa0y'.partition(b'\xa0'))
print(b'\x85\xa0'.join([b'\x1c', b'\x1d']), b'a\xa0b'.replace(b'\xa0', b'\x1e'), b'\xa0a'.rsplit(maxsplit=1))
