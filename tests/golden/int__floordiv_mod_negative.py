# Floor division and modulo round toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -3), (-1, 3)]
for a, b in pairs:
    print(f'{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}')
print(-7.5 // 2, -7.5 % 2, 7.5 % -2)
print(-1 % 10, -11 % 10, -10 % 10)
print((-2 ** 70) // 3, (-2 ** 70) % 3)
print(-7 // 2 * 2 + -7 % 2)
print(int(-7 / 2), round(-7 / 2), -7 // 2)
