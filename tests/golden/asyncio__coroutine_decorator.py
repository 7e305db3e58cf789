# pyco-args: --virtual-time
# pyco-expect: python3.7 asyncio.coroutine was removed in 3.11; checked against CPython 3.7.16
import asyncio

@asyncio.coroutine
def legacy(x):
    yield from asyncio.sleep(0.05)
    return x * 2

@asyncio.coroutine
def plain(x):
    return x + 1          # no yield: the decorator still makes it awaitable

@asyncio.coroutine
def waits_on_future(fut):
    value = yield from fut
    return 'future gave ' + value

async def modern():
    a = await legacy(5)
    b = await plain(1)
    return a, b

@asyncio.coroutine
def calls_modern():
    return (yield from modern())

loop = asyncio.get_event_loop()
print(loop.run_until_complete(legacy(21)))
print(loop.run_until_complete(plain(41)))
print(loop.run_until_complete(modern()))
print(loop.run_until_complete(calls_modern()))
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 'hi')
print(loop.run_until_complete(waits_on_future(fut)))
print(asyncio.iscoroutinefunction(legacy), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutine(legacy(1)) and True)
t1 = asyncio.ensure_future(legacy(1))
t2 = asyncio.ensure_future(modern())
print(loop.run_until_complete(asyncio.gather(t1, t2)))
done, pending = loop.run_until_complete(asyncio.wait([legacy(3), plain(4), modern()]))
print(sorted(str(t.result()) for t in done), len(pending))
loop.close()
