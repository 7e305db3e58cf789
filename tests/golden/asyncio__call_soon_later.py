# pyco-args: --virtual-time
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
order = []

def cb(name, *args):
    order.append((name,) + args)

loop.call_later(0.03, cb, 'later 0.03')
loop.call_later(0.01, cb, 'later 0.01 a')
loop.call_later(0.01, cb, 'later 0.01 b')
h = loop.call_later(0.02, cb, 'cancelled timer')
loop.call_soon(cb, 'soon 1', 1, 2)
h2 = loop.call_soon(cb, 'cancelled soon')
loop.call_soon(cb, 'soon 2')
h.cancel()
h2.cancel()
print(h.cancelled(), h2.cancelled())

def nested():
    order.append(('nested',))
    loop.call_soon(cb, 'scheduled by nested')

loop.call_soon(nested)
loop.call_soon(cb, 'soon 3')
loop.call_at(loop.time() + 0.05, loop.stop)
print(loop.is_running(), loop.is_closed())
loop.run_forever()
for item in order:
    print(*item)
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb, 'x')
except RuntimeError as e:
    print('RuntimeError', e)
