# An asyncio.Queue producer/consumer over 200,000 items.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item


async def main():
    q = asyncio.Queue(maxsize=100)
    _, total = await asyncio.gather(producer(q, 200000), consumer(q))
    print(total)


asyncio.run(main())
