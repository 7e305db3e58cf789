# float methods.
print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-1.25).as_integer_ratio())
print((1.0).hex(), (0.5).hex(), float.fromhex('0x1.8p1'))
print((3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__())
print((1.5).real, (1.5).imag, (1.5).conjugate())
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(float.__name__, type(1.5) is float, isinstance(1.5, (int, float)))
