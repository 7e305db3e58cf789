# Mixed int/float/bool arithmetic and the unsupported combinations.
print(1 + 2.0, 3 * True, 2.5 - False, 10 // 2.5, 7 % 2.5)
print(type(1 + 1), type(1 + 1.0), type(True + True), type(4 / 2))
def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: 1 + 'a')
show(lambda: 'a' + 1)
show(lambda: 1.5 * 'a')
show(lambda: [1] + (2,))
show(lambda: None - 1)
show(lambda: {} | 1)
show(lambda: 'a' * 2.0)
show(lambda: [] * [])
show(lambda: 2 ** 'x')
show(lambda: -'a')
show(lambda: ~1.5)
show(lambda: 'a' < 1)
show(lambda: 1 // 'x')
show(lambda: 'x' % 1)
