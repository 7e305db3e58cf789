# A coroutine that handles a custom exception thrown into it and keeps running,
# and ends cleanly on close().
class DemoException(Exception):
    """An exception type for the demonstration."""

def demo_exc_handling():
    print('-> coroutine started')
    try:
        while True:
            try:
                x = yield
            except DemoException:
                print('*** DemoException handled. Continuing...')
            else:
                print('-> coroutine received: {!r}'.format(x))
    finally:
        print('-> coroutine ending')

c = demo_exc_handling()
next(c)
c.send(11)
c.send(22)
c.throw(DemoException)
c.send(33)
print(c.throw(DemoException, 'with value'))
c.close()
print('closed, gi_frame =', c.gi_frame)

c2 = demo_exc_handling()
next(c2)
c2.send(1)
try:
    c2.throw(ZeroDivisionError)
except ZeroDivisionError:
    print('ZeroDivisionError terminated the coroutine')
try:
    c2.send(2)
except StopIteration:
    print('send after termination: StopIteration')
