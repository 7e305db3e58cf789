# bytearray: mutation, slicing, the borrowed bytes methods, concatenation and errors.
ba = bytearray(b'hello world')
print(ba, len(ba), ba[0], ba[-1], ba[1:4], ba[::-1], list(ba[:3]), b'ell' in ba, 104 in ba)
ba[0:5] = b'HELLO'; ba[-1] = 68; del ba[5]; print(ba)
ba += b'!'; ba.insert(0, 62); print(ba, ba.pop(), ba.pop(0), ba)
print(ba.upper(), ba.split(), ba.decode(), ba.find(b'O'), ba.replace(b'L', b'l'), ba.hex())
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'ab') == b'ab', b'ab' == bytearray(b'ab'))
print(b'x' + bytearray(b'y'), bytearray(b'x') + b'y', bytearray(b'ab') * 2, bytearray(b'%d!') % 5, bytes(bytearray(b'q')))
x = bytearray(b'abc'); x.reverse(); x.remove(98); print(x, x.copy(), x.clear(), x, bytearray(b'b') < bytearray(b'c'))
print(b'%s|%5b|%-4s|%c|%c|%r|%x' % (b'ab', b'cd', bytearray(b'e'), 65, b'z', b'q', 255))
for thunk in [lambda: bytearray([256]), lambda: b'%s' % 'str', lambda: hash(bytearray()), lambda: bytearray(b'a')[5],
              lambda: bytearray().pop(), lambda: bytearray(b'a').remove(5), lambda: bytearray(b'a') + 'x', lambda: bytearray('x'),
              lambda: bytearray(b'ab').extend('cd')]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
