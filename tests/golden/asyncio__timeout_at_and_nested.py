# pyco-args: --virtual-time
import asyncio

async def step(n, delay):
    await asyncio.sleep(delay)
    return n

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.25
    results = []
    try:
        async with asyncio.timeout_at(deadline):
            for i in range(5):
                results.append(await step(i, 0.1))
    except TimeoutError:
        print('deadline hit after', results)
    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.timeout(0.1):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timeout')
            await asyncio.sleep(1)
    except TimeoutError:
        print('outer timeout')
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print('expired', cm.expired())
    try:
        print(await asyncio.wait_for(asyncio.wait_for(step('x', 0.3), 0.1), 1))
    except asyncio.TimeoutError:
        print('nested wait_for timeout')
    t = asyncio.create_task(step('slow', 5))
    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(t)
    except TimeoutError:
        print('shielded task still running:', not t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('then cancelled')

asyncio.run(main())
