# pyco-args: --virtual-time
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    for coro in asyncio.as_completed([job('slow', 0.2), job('fast', 0.05), job('mid', 0.12)]):
        print('completed', await coro)
    inner = asyncio.create_task(job('inner', 0.15))
    outer = asyncio.shield(inner)
    async def canceller():
        await asyncio.sleep(0.05)
        outer.cancel()
    asyncio.create_task(canceller())
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner cancelled?', inner.cancelled())
    print('inner result', await inner)
    try:
        for coro in asyncio.as_completed([job('x', 0.5)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print('as_completed timed out')

asyncio.run(main())
