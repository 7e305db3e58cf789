# An exception thrown in with throw() and not handled: the traceback shows the
# throw() call and the yield where it was raised.
def worker():
    total = 0
    while True:
        item = yield total
        total += item

w = worker()
next(w)
w.send(5)
print('total so far', w.send(10))
try:
    w.send('oops')
except TypeError as e:
    print(type(e).__name__, e)
w2 = worker()
next(w2)
w2.throw(KeyError('thrown in'))
