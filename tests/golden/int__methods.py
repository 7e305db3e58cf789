# int methods and attributes.
n = 42
print(n.bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length())
print(n.real, n.imag, n.numerator, n.denominator)
print(n.conjugate(), (-5).__abs__())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
print((255).bit_count() if hasattr(int, 'bit_count') else 8)
print(n.as_integer_ratio())
print(int.__name__, type(n) is int)
print((7).__index__(), (7).__neg__(), (3).__pow__(3))
