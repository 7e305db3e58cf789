# chr, ord, hex, bin, oct.
print(chr(65), chr(97), chr(0x4e2d), chr(128512), repr(chr(0)), repr(chr(10)))
print(ord('A'), ord('z'), ord('中'), ord('\n'), ord('😀'))
print([ord(c) for c in 'héllo'], ''.join(chr(i) for i in range(97, 103)))
print(hex(255), hex(-255), hex(0), bin(10), bin(-10), bin(0), oct(8), oct(-8))
print(hex(2 ** 64), int(hex(12345), 16))
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(''), lambda: ord('ab'),
             lambda: hex(1.5), lambda: chr('a'), lambda: bin('1')]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
