# bytes operations accept bytearray and memoryview where CPython does
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b'ab' + bytearray(b'c'), bytearray(b'c') + b'ab', b'ab' + memoryview(b'c'))
print(bytearray(b'x') + memoryview(b'yz'))
print(b'-'.join([bytearray(b'a'), memoryview(b'b'), b'c']), b''.join((bytearray(b'q'), b'r')))
print(b'x'.startswith(bytearray(b'x')), b'x'.startswith((bytearray(b'y'), memoryview(b'x'))))
print(b'abc'.endswith(memoryview(b'bc')), b'abc'.find(memoryview(b'c')), b'abca'.split(bytearray(b'b')))
print(b'abc'.replace(bytearray(b'b'), memoryview(b'XX')), b'abc'.strip(bytearray(b'ac')))
print(b'abc'.count(memoryview(b'b')), b'abc'.index(bytearray(b'c')), b'a,b'.rsplit(bytearray(b',')))
print(bytes(memoryview(b'xy')), bytearray(memoryview(b'xy')), bytes(bytearray(b'q')))
print(memoryview(b'ab') in [b'ab'], b'ab' == memoryview(b'ab'), bytearray(b'ab') == memoryview(b'ab'))
print(bytearray(b'ab') in b'xaby', memoryview(b'ab') in b'xaby', memoryview(b'ba') in b'xaby')
print(bytearray(b'abc').startswith(memoryview(b'ab')), bytearray(b'a-b').split(memoryview(b'-')))
print(b'%b|%b' % (bytearray(b'x'), memoryview(b'y')))
t(lambda: b'-'.join([b'a', 'b']))
t(lambda: b'-'.join([b'a', b'b', 3]))
t(lambda: b'a'.startswith('a'))
t(lambda: b'a'.endswith('a'))
t(lambda: b'a'.find('a'))
t(lambda: 'a' in b'abc')
t(lambda: b'a' + 'b')
print(b'abc'.find(98), b'abcb'.rfind(98), b'abc'.index(99), b'abcb'.count(98), b'abc'.rindex(97))
t(lambda: b'abc'.find(256))
t(lambda: b'abc'.index(100))
