# round() uses banker's rounding and the exact binary value.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, 2))
print(round(1e20), round(0.1 + 0.2, 10))
print(round(2 ** 70 + 0.0) == 2 ** 70)
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
