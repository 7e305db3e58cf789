import asyncio
import functools

def on_done(tag, fut):
    if fut.cancelled():
        print(tag, 'cancelled')
    elif fut.exception() is not None:
        print(tag, 'failed with', repr(fut.exception()))
    else:
        print(tag, 'result', fut.result())

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.add_done_callback(functools.partial(on_done, 'f1'))
    f1.set_result(10)
    f2 = loop.create_future()
    f2.add_done_callback(functools.partial(on_done, 'f2'))
    f2.set_exception(ValueError('bad value'))
    f3 = loop.create_future()
    f3.add_done_callback(functools.partial(on_done, 'f3'))
    f3.cancel()
    print('callbacks not yet run')
    await asyncio.sleep(0)
    print(f1.done(), f2.done(), f3.cancelled())
    try:
        await f2
    except ValueError as e:
        print('await raised', e)
    f4 = asyncio.Future()
    try:
        f4.set_exception(StopIteration)
    except TypeError as e:
        print('TypeError:', e)
    f5 = loop.create_future()
    f5.set_exception(KeyError)
    print(repr(f5.exception()))
    t = asyncio.ensure_future(asyncio.sleep(0, 'ok'))
    t.add_done_callback(functools.partial(on_done, 'task'))
    await t
    await asyncio.sleep(0)
    c = main()
    print(asyncio.isfuture(t), asyncio.isfuture(f1), asyncio.iscoroutine(c))
    c.close()

asyncio.run(main())
