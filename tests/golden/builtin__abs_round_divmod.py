# abs, round, divmod, pow on ints and floats.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(2 ** 80)), abs(True))
print(round(2.567, 2), round(-1.5), round(7), round(7, -1), round(1.23456789, 5))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2))
print(pow(2, 8), pow(2.5, 2), pow(10, -2), pow(3, 4, 5))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
