import asyncio
from contextlib import aclosing

async def numbers(label):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(label, 'cleanup')

async def main():
    async for x in numbers('first'):
        if x == 2:
            break
    print('after first loop')
    await asyncio.sleep(0)
    print('after sleep')
    async with aclosing(numbers('second')) as gen:
        async for x in gen:
            if x == 1:
                break
    print('after aclosing')
    gen = numbers('third')
    print(await gen.__anext__(), await anext(gen))
    print(await anext(gen, 'default'))
    await gen.aclose()
    print(await anext(gen, 'exhausted'))
    agen = numbers('fourth')
    await agen.asend(None)
    print('leaving main')

asyncio.run(main())
print('after run')
