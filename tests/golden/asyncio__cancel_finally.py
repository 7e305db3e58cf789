# pyco-args: --virtual-time
import asyncio

async def worker(name):
    print(name, 'start')
    try:
        await asyncio.sleep(10)
        print(name, 'never here')
    finally:
        print(name, 'cleanup')

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn: caught CancelledError, returning normally')
    return 'kept going'

async def main():
    t = asyncio.create_task(worker('w1'))
    await asyncio.sleep(0.01)
    print('cancel ->', t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('awaiting w1 raised CancelledError')
    print(t.cancelled(), t.done(), t.cancel())
    # Cancelled before its first step: the coroutine body never runs.
    t2 = asyncio.create_task(worker('w2'))
    t2.cancel()
    await asyncio.sleep(0)
    print('w2 cancelled:', t2.cancelled())
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t3.cancel()
    print(await t3, t3.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    t4 = asyncio.create_task(worker('w4'))
    await asyncio.sleep(0)
    t4.cancel('stop now')
    try:
        await t4
    except asyncio.CancelledError as e:
        print('message:', e.args)

asyncio.run(main())
