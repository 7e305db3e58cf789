# gather() results: values, exceptions and cancelled children (return_exceptions=True),
# repeated futures, plain futures and futures of a Future subclass.
import asyncio


class MyFuture(asyncio.Future):
    pass


async def value(x):
    await asyncio.sleep(0)
    return x


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    plain = loop.create_future()
    mine = MyFuture()
    loop.call_soon(plain.set_result, 'plain')
    loop.call_soon(mine.set_result, 'mine')
    print(await asyncio.gather(value(1), plain, mine, plain, value(None)))

    t1 = asyncio.create_task(value(2))
    t2 = asyncio.create_task(value(3))
    t3 = asyncio.create_task(value(4))
    t2.cancel()
    t3.cancel('stop here')
    res = await asyncio.gather(t1, t2, t3, fail('bad'), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r.args) if isinstance(r, BaseException) else r)

    f = MyFuture()
    f.cancel('sub')
    res = await asyncio.gather(f, return_exceptions=True)
    print(type(res[0]).__name__, res[0].args)

    try:
        await asyncio.gather(value(5), fail('boom'))
    except ValueError as e:
        print('ValueError', e)
    print(await asyncio.gather())


asyncio.run(main())
