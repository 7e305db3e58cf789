# bytes literals and basic bytes operations.
b = b'hello world'
print(b, len(b), b[0], b[-1])
print(b[0:5], b[::2])
print(b.upper(), b.split())
print(b + b'!', b * 2)
print(b'\x00\x01\xfe\xff')
print(list(b'AZaz'))
print(bytes([72, 105]), bytes(3))
print(b.decode(), 'é'.encode())
print(b'll' in b, 111 in b)
print(b'abc' == b'abc', b'abc' < b'abd')
print(repr(b"it's"), repr(b'"'))
print(b.find(b'o'), b.count(b'l'), b.replace(b'l', b'L'))
print(bytes.fromhex('deadbeef'), b'\xde\xad'.hex())
try:
    b'abc'[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
