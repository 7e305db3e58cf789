# Common str errors.
def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: 'a' + 1)
show(lambda: 'a' + None)
show(lambda: 'abc'.foo)
show(lambda: 'abc'.upper(1))
show(lambda: 'abc'[5])
show(lambda: 'x' * 'y')
show(lambda: 'abc'.index('z'))
show(lambda: str.upper(5))
show(lambda: 'a'.join('b', 'c'))
show(lambda: len(5))
show(lambda: 'abc'.replace('a'))
show(lambda: 'a' - 'b')
show(lambda: ord('ab'))
show(lambda: 'abc'.split(1))
