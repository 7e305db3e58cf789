# concurrent.futures.Future on its own: states, outcomes, errors, callbacks, reprs.
from concurrent.futures import Future, CancelledError, InvalidStateError

f = Future()
print(f.done(), f.running(), f.cancelled(), f._state, f)
try:
    f.result(timeout=0)
except TimeoutError as e:
    print('TimeoutError', repr(e))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel(), f)
f.set_result([1, 2])
print(f.done(), f.result(), f.exception(), f)
for setter, value in [(f.set_result, 3), (f.set_exception, ValueError('v'))]:
    try:
        setter(value)
    except InvalidStateError as e:
        print('InvalidStateError', e)

g = Future()
g.add_done_callback(lambda fut: print('callback 1', fut.cancelled()))
g.add_done_callback(lambda fut: print('callback 2', fut is g))
print(g.cancel(), g.cancel(), g._state, g)
print(g.set_running_or_notify_cancel(), g._state)
for call in (g.result, g.exception):
    try:
        call()
    except CancelledError as e:
        print('CancelledError', repr(e))

h = Future()
h.set_exception(KeyError('k'))
print(h, repr(h.exception()))
try:
    h.result()
except KeyError as e:
    print('raised', repr(e))
h.add_done_callback(lambda fut: print('late callback', repr(fut.exception())))


class Tagged(Future):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def __repr__(self):
        return 'Tagged(%s, %s)' % (self.tag, self._state)


t = Tagged('x')
t.add_done_callback(lambda fut: print('subclass callback', fut, type(fut).__name__))
t.set_result(None)
print(isinstance(t, Future), t.tag, t.result(), t.done())
try:
    Future(1)
except TypeError as e:
    print('TypeError', e)
