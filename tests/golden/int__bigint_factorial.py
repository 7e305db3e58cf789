# Big integer arithmetic: factorials, products, division.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f50 = factorial(50)
print(f50)
print(factorial(30) // factorial(28))
print(f50 % 1000000007)
print(f50 // 10 ** 50)
print(sum(int(d) for d in str(f50)))
print(len(str(factorial(100))))
print(divmod(f50, 12345678901234567890))
print(-f50 // 7, -f50 % 7)
n = 1
for _ in range(10):
    n = n * 31 + 7
print(n)
print(f50 == factorial(50), f50 > 10 ** 64, f50 < 10 ** 65)
print((f50 >> 100), (f50 << 3) > f50)
print(f50 & 0xFFFF, f50 | 1, f50 ^ f50)
