# Float literals: fractions, exponents, underscores.
print(1.5, .5, 5., 0.0)
print(1e3, 1E3, 1e-3, 2.5e+2)
print(1_000.000_1, 1_0e1_0)
print(3.14159, 6.02e23, 1.6e-19)
print(1e308 * 10, -1e308 * 10)
print(0.1 + 0.2, 1 / 3)
print(123456789012345678.0)
print(1e16, 1e15, 1e-4, 1e-5)
print(type(1e0), type(1.))
x = 2.
print(x * 3)
