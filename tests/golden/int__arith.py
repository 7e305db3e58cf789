# Basic integer arithmetic.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - -b, a * -b)
print(10 / 2, type(10 / 2), 7 / 7)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3)
print(2 ** -2, 10 ** -1)
print(abs(-42), abs(0))
print(+5, -(-5))
x = 1_000_000
print(x * x, x * x * x)
print(123456789 * 987654321)
print(9 // 3, 9.0 // 3, 9 % 3.5)
print(int('42') + int('-8'))
print(7 .__add__(3), (7).__mul__(6))
print(3 * 'ab', 'ab' * 3, [0] * 4)
print(-7 ** 2, (-7) ** 2)
print(1 + 2 * 3 - 4 / 2 ** 2)
