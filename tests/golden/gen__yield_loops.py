# yield inside for / while loops, nested loops, break, continue and else clauses.
def grid(n):
    for r in range(n):
        for c in range(n):
            if c > r:
                break
            if (r + c) % 2:
                continue
            yield (r, c)
        else:
            yield 'no break in row %d' % r
    else:
        yield 'outer else'

print(list(grid(3)))

def countdown(n):
    while n > 0:
        got = yield n
        if got == 'skip':
            n -= 2
            continue
        if got == 'stop':
            break
        n -= 1
    else:
        yield 'liftoff'
    yield 'end'

print(list(countdown(3)))
c = countdown(10)
print(next(c), c.send('skip'), c.send(None), c.send('stop'))
print(list(c))

def search(rows, target):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            yield 'visit %d,%d' % (i, j)
            if v == target:
                yield 'found'
                return
    yield 'missing'

print(list(search([[1, 2], [3, 4]], 3)))
print(list(search([[1]], 9)))

def loop_var_yield():
    for x in (yield 'give me a list'):
        yield x * 2

lv = loop_var_yield()
print(next(lv), lv.send([1, 2, 3]), list(lv))
