# return (yield): the sent value becomes the StopIteration value.
def g():
    return (yield 'ready')

it = g()
print(next(it))
try:
    it.send(42)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)

def early(n):
    if n < 0:
        return 'negative'
    yield n
    return n * 2

for n in (-1, 3):
    it = early(n)
    while True:
        try:
            print('yielded', next(it))
        except StopIteration as e:
            print('returned', e.value)
            break

def bare():
    yield 1
    return

b = bare()
next(b)
try:
    next(b)
except StopIteration as e:
    print(repr(e.value), e.args, repr(e))
