# pyco-args: --virtual-time
import asyncio

async def ticker(delay, to):
    for i in range(to):
        yield i
        await asyncio.sleep(delay)

async def take(agen, n):
    async for x in agen:
        if n <= 0:
            break
        n -= 1
        yield x

async def main():
    async for i in ticker(0.1, 3):
        print('tick', i)
    print([i async for i in ticker(0.01, 5) if i % 2 == 0])
    print({i: i * i async for i in ticker(0, 4)})
    print({i % 2 async for i in ticker(0, 4)})
    print([x async for x in take(ticker(0, 100), 4)])
    squares = (i * i async for i in ticker(0, 4))
    print(type(squares).__name__)
    print([s async for s in squares])
    async def double(x):
        await asyncio.sleep(0)
        return 2 * x
    print([await double(i) for i in range(4)])
    agen = ticker(0, 2)
    print(agen.__aiter__() is agen)

asyncio.run(main())
