# Euclid's algorithm, extended Euclid and fractions by hand.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a * b // gcd(a, b)

def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
print(lcm(4, 6), lcm(21, 6))
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print(total)
g, x, y = ext_gcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
def add_fractions(a, b):
    num = a[0] * b[1] + b[0] * a[1]
    den = a[1] * b[1]
    g = gcd(num, den)
    return num // g, den // g
acc = (0, 1)
for n in range(1, 11):
    acc = add_fractions(acc, (1, n))
print(acc)
import math
print(math.gcd(48, 18), math.lcm(4, 6), math.gcd(2 ** 100, 6 ** 50))
