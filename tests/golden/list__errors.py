# list error messages.
def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
show(lambda: a[3])
show(lambda: a[-4])
show(lambda: a['x'])
show(lambda: a.__setitem__(5, 0))
show(lambda: a + (4,))
show(lambda: a.nope)
show(lambda: [].pop())
show(lambda: a * 1.5)
show(lambda: a < [1, 'x'])
show(lambda: list(5))
show(lambda: [1, 2].index(3))
show(lambda: a[1:2:0])
