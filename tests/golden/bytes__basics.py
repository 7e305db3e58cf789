# bytes and bytearray basics.
b = bytes([104, 105])
print(b, b[0], b[0:1], list(b), len(b))
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b'??')
print(ba, bytes(ba), len(ba))
print(b'abc'.upper(), b'a,b'.split(b','), b'-'.join([b'x', b'y']))
print(b'hello'.startswith(b'he'), b'  pad '.strip(), b'abc'.decode('ascii'))
print(bytes(4), bytes('é', 'utf-8'), bytearray(2))
print(b'%d-%s' % (5, b'x'))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
