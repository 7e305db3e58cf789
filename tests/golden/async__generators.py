import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print('ticker done')

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print('echo closed with', received)

async def main():
    async for t in ticker(3):
        print('tick', t)
    g = echo()
    print(await g.__anext__())
    print(await g.asend('a'))
    print(await g.asend('b'))
    await g.aclose()
    agen = ticker(5)
    print(await agen.__anext__(), await agen.__anext__())
    try:
        await agen.athrow(ValueError('stop'))
    except ValueError as e:
        print('athrow raised', e)
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    print(type(agen).__name__)

asyncio.run(main())
