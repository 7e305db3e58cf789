import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in agen(4)])
    print([x * 10 async for x in agen(5) if x % 2 == 0])
    print({x: x * x async for x in agen(3)})
    print({x % 2 async for x in agen(6)})
    print([await double(i) for i in range(4)])
    tasks = [asyncio.create_task(double(i)) for i in range(3)]
    print([await t for t in tasks])

asyncio.run(main())
