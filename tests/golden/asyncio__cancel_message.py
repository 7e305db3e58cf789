# pyco-args: --virtual-time
import asyncio

async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('worker cancelled with', e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel(msg='shutting down')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', e.args)
    t2 = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t2.cancel()
    t2.cancel()
    print('cancelling count', t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError as e:
        print('main got', e.args)
    t3 = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep(0)
    print('uncancel', t3.uncancel(), t3.cancelled())
    t4 = asyncio.create_task(asyncio.sleep(1))
    t4.cancel()
    res = await asyncio.gather(t4, return_exceptions=True)
    print(repr(res[0]))
    print(len(asyncio.all_tasks()))

asyncio.run(main())
