import asyncio
import inspect
import types

class Countdown:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        while self.n > 0:
            self.n -= 1
            yield from asyncio.sleep(0).__await__()
        return 'liftoff'

@types.coroutine
def legacy():
    value = yield from asyncio.sleep(0, 'legacy value').__await__()
    return value

async def native():
    return 'native'

async def agen():
    yield 1

async def main():
    print(await Countdown(3))
    print(await legacy())
    c = native()
    print(inspect.isawaitable(c), inspect.iscoroutine(c), asyncio.iscoroutine(c))
    print(inspect.getcoroutinestate(c))
    print(await c)
    print(inspect.getcoroutinestate(c))
    print(asyncio.iscoroutinefunction(native), inspect.iscoroutinefunction(agen),
          inspect.isasyncgenfunction(agen), inspect.isawaitable(Countdown(1)))
    for bad in (42, [1], None):
        try:
            await bad
        except TypeError as e:
            print('TypeError:', e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        async with open(__file__):
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        await Countdown
    except TypeError as e:
        print('TypeError:', e)
    g = agen()
    print(type(g).__name__, inspect.isasyncgen(g), inspect.iscoroutine(g))
    await g.aclose()

asyncio.run(main())
