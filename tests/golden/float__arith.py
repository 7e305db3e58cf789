# Float arithmetic and division errors.
print(7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(2.0 ** 10, 2 ** 0.5, 4 ** -0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(1.5 + 1, 3 - 0.5, 2 * 0.25, 1 / 4)
print(0.1 + 0.7, 1 - 0.9, 3 * 1.1)
print(1e308 + 1e308, 1e-320 / 10)
def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 1.0 / 0)
show(lambda: 1 / 0.0)
show(lambda: 1.0 // 0)
show(lambda: 1.0 % 0)
show(lambda: 0.0 ** -1)
show(lambda: 10.0 ** 400)
show(lambda: 2 ** 10000 * 1.0)
show(lambda: divmod(1.0, 0))
