# pyco-args: --virtual-time
import asyncio

async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f'{name} finished')
        return name
    except asyncio.CancelledError:
        print(f'{name} was cancelled')
        raise

async def main():
    g = asyncio.gather(worker('a', 0.1), worker('b', 0.2), worker('c', 0.3))
    await asyncio.sleep(0.15)
    print('cancel ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', repr(e))
    print('done', g.done(), 'cancelled', g.cancelled())

    t1 = asyncio.create_task(worker('x', 0.1))
    t2 = asyncio.create_task(worker('y', 0.2))
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.05)
    t2.cancel()
    res = await g2
    print([type(r).__name__ for r in res], res[0])

asyncio.run(main())
