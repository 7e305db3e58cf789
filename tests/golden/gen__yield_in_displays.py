# yield inside f-strings, list/tuple/set/dict displays and subscripts.
def g():
    s = f'<{(yield "f1")}|{(yield "f2")!r}>'
    print('fstring:', s)
    lst = [1, (yield 'list'), 3]
    print('list:', lst)
    tup = ((yield 'tuple'), 'x')
    print('tuple:', tup)
    st = {(yield 'set')}
    print('set:', st)
    d = {(yield 'key'): (yield 'value'), 'fixed': 0}
    print('dict:', d)
    data = {'a': 10, 'b': 20}
    print('subscript:', data[(yield 'subscript')])
    store = {}
    store[(yield 'store key')] = (yield 'store value')
    print('store:', store)
    seq = [0, 1, 2, 3, 4]
    print('slice:', seq[(yield 'lo'):(yield 'hi')])
    n = 1
    n += yield 'augmented'
    print('augmented:', n)

sends = ['A', 'B', 2, 'T', 'S', 'k', 'v', 'b', 'K', 'V', 1, 4, 100]
it = g()
print('yielded', next(it))
for value in sends:
    try:
        print('yielded', it.send(value))
    except StopIteration:
        print('finished')
