# 100,000 concurrent tasks, each awaiting asyncio.sleep(0.5), under gather (peak memory).
import asyncio


async def worker(i):
    await asyncio.sleep(0.5)
    return i


async def main():
    results = await asyncio.gather(*[worker(i) for i in range(100000)])
    print(len(results), sum(results))


asyncio.run(main())
