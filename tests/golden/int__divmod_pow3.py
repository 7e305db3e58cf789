# divmod and three-argument pow.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(divmod(17.5, 5), divmod(-0.5, 2))
print(divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000000007))
print(pow(-2, 3), pow(2, -1), pow(5, 0, 1))
print(pow(7, -1, 13), (pow(7, -1, 13) * 7) % 13)
print(pow(2, 100, 10 ** 9 + 7))
print(pow(0, 0), pow(2.0, 3), pow(4, 0.5))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 1, 'x')]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
