# Exceptions raised in a generator body reach the caller of next()/send();
# the generator is then finished. Exceptions raised by the caller do not
# affect a suspended generator.
def risky(values):
    for v in values:
        print('processing', v)
        yield 10 / v

r = risky([2, 0, 5])
print(next(r))
try:
    next(r)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(r), r.gi_frame)

def checked():
    x = yield 'give int'
    if not isinstance(x, int):
        raise TypeError('expected int, got %s' % type(x).__name__)
    yield x + 1

c = checked()
next(c)
try:
    c.send('str')
except TypeError as e:
    print(type(e).__name__, e)

def robust():
    n = 0
    while True:
        try:
            n += 1
            yield n
        except ArithmeticError as e:
            print('recovered from', type(e).__name__)

rb = robust()
next(rb)
try:
    raise RuntimeError('caller error')
except RuntimeError:
    print('caller handled its own error')
print(next(rb))
print(rb.throw(OverflowError))
print(rb.throw(ZeroDivisionError()))
try:
    rb.throw(LookupError)
except LookupError:
    print('LookupError escaped robust')
print(next(rb, 'robust finished'))
