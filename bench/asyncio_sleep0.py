# 10,000 tasks, each awaiting asyncio.sleep(0) ten times, under gather.
import asyncio


async def worker(i):
    for _ in range(10):
        await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*[worker(i) for i in range(10000)])
    print(sum(results))


asyncio.run(main())
