# Bitwise operators on ints, including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(-1 & 0xFF, -256 & 0xFF)
print(0xF0F0 & 0x0FF0, hex(0xF0F0 | 0x0F0F))
print((1 << 70) | 1, (1 << 70) & ((1 << 70) - 1))
print(~(2 ** 100))
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(x, bin(x), [i for i in range(8) if x >> i & 1])
print(True & 3, 6 & True)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
