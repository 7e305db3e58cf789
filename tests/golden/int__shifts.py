# Left and right shifts, including big results and negative numbers.
print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, 1024 >> 20, 7 >> 1)
print(-8 >> 1, -1 >> 10, -9 >> 2, -1 << 3)
print((2 ** 100) >> 98, (2 ** 100 + 5) >> 1)
print(3 << 62, (3 << 62) >> 62)
for args in [(1, -1), (1, 1.0)]:
    try:
        print(args[0] << args[1])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print(8 >> -2)
except ValueError as e:
    print(type(e).__name__, e)
