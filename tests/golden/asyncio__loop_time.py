# pyco-args: --virtual-time
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.2)
    t1 = loop.time()
    await asyncio.gather(asyncio.sleep(0.3), asyncio.sleep(0.1))
    t2 = loop.time()
    print(round(t1 - t0, 1), round(t2 - t1, 1))
    fired = []
    loop.call_later(0.2, lambda: fired.append(round(loop.time() - t2, 1)))
    await asyncio.sleep(0.3)
    print(fired)

asyncio.run(main())
