# complex numbers: literals, repr, arithmetic with ints and floats, and errors.
z = 1 + 2j
print(z, 1j, -1j, 0j, -0j, 2.5j, 1e20j, 1_0j, .5J)
print(z.real, z.imag, z.conjugate(), abs(3 + 4j), -z, +z)
print(z + 1, 1 + z, z - 1.5, 2 * z, z * z, z / 2, 1 / z)
print(z ** 2, 2 ** z, z ** 0.5, (-1) ** 0.5, (-8) ** (1 / 3), 0j ** 0, (1 + 1j) ** -2)
print(z == 1 + 2j, z == 1, complex(1) == 1, 1.0 == complex(1, 0), z != 2)
print(hash(complex(3)) == hash(3), hash(1 + 2j), hash(-1.5j), {1j: 'a'}[1j])
print(complex(), complex(1), complex(1.5, -2), complex(1j, 1j), complex(real=2, imag=3))
print(complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-1.5e3-2e-1J'), complex('inf+nanj'))
print(complex(-0.0, 0.0), complex(0.0, -0.0), 1j * 1j, complex(1, float('nan')))
print(type(z).__name__, isinstance(z, complex), bool(0j), bool(1j), str(z), repr(-z))
for thunk in [lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex('1+'), lambda: complex('1', 2),
              lambda: complex(None), lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2,
              lambda: complex(1, 'x'), lambda: int(1j), lambda: float(1j)]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
