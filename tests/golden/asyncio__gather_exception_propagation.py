# pyco-args: --virtual-time
import asyncio

log = []

async def step(name, delay, exc=None):
    try:
        await asyncio.sleep(delay)
        if exc:
            raise exc
        log.append(name)
        return name
    except asyncio.CancelledError:
        log.append(name + ':cancelled')
        raise

async def main():
    try:
        await asyncio.gather(step('a', 0.1), step('b', 0.05, KeyError('b')), step('c', 0.2))
    except KeyError as e:
        print('gather raised', repr(e))
    print(log)
    await asyncio.sleep(0.3)
    print(log)
    log.clear()
    results = await asyncio.gather(
        step('d', 0.1), step('e', 0.05, ValueError('e')), step('f', 0.02, TypeError('f')),
        return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    outer = asyncio.gather(step('g', 0.5), step('h', 0.5))
    async def cancel_soon():
        await asyncio.sleep(0.1)
        outer.cancel()
    asyncio.create_task(cancel_soon())
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled')
    print(sorted(log))
    same = asyncio.create_task(step('same', 0.01))
    print(await asyncio.gather(same, same))

asyncio.run(main())
