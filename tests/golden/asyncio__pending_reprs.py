import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def waits_on(fut):
    return await fut

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    t = asyncio.create_task(waits_on(fut), name='waiter')
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    print(repr(fut))
    fut.set_result('value')
    print(repr(fut))
    await t
    print(repr(t))
    s = asyncio.create_task(sleeper(), name='sleepy')
    await asyncio.sleep(0)
    print(repr(s))
    s.cancel()
    print(repr(s))
    await asyncio.sleep(0)
    print(repr(s))
    f2 = loop.create_future()
    f2.set_exception(ValueError('bad'))
    print(repr(f2))
    f2.exception()
    f3 = loop.create_future()
    f3.cancel()
    print(repr(f3))
    g = asyncio.gather(asyncio.sleep(0), asyncio.sleep(0))
    print(repr(g))
    await g
    print(repr(g))
    c = sleeper()
    print(repr(c))
    c.close()

asyncio.run(main())
