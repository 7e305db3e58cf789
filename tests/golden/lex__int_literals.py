# Integer literals in every base, with underscores.
print(0, 7, 1234567890)
print(0x1F, 0XfF, 0x_dead_beef)
print(0o17, 0O777, 0o1_0)
print(0b1010, 0B1111_0000, 0b_1)
print(1_000_000, 1_2_3)
print(00, 0_0)
print(-0x10, +0b11, ~0o7)
big = 0xFFFF_FFFF_FFFF_FFFF_FFFF
print(big)
print(type(0x10), type(big))
print(1 if 0x0 else 2)
print(10 .bit_length(), (255).bit_length())
