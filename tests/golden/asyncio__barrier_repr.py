import asyncio
import re

def clean(x):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(x))

async def main():
    b = asyncio.Barrier(2)
    print(clean(b))
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(clean(b))
    async with b as pos:
        print('position', pos)
    print(await t, clean(b))
    await b.abort()
    print(clean(b))
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, e, type(e).__module__, issubclass(type(e), RuntimeError))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
