# Once finished or closed, next()/send() raise StopIteration every time;
# throw() raises the thrown exception; close() is a no-op.
def g():
    yield 1
    return 'result'

done = g()
print(list(done))
for op in ('next', 'send', 'send-value'):
    try:
        if op == 'next':
            next(done)
        elif op == 'send':
            done.send(None)
        else:
            done.send('anything')
    except StopIteration as e:
        print(op, 'StopIteration', e.args)

closed = g()
next(closed)
closed.close()
try:
    closed.send(5)
except StopIteration as e:
    print('send after close: StopIteration', e.args)
try:
    next(closed)
except StopIteration:
    print('next after close: StopIteration')
try:
    closed.throw(ValueError('thrown'))
except ValueError as e:
    print('throw after close:', type(e).__name__, e)
print(closed.close(), done.close())

failed = (1 // x for x in [1, 0, 2])
print(next(failed))
try:
    next(failed)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(failed))
fresh = g()
fresh.close()
try:
    fresh.send('v')
except StopIteration:
    print('send non-None to closed unstarted: StopIteration')
