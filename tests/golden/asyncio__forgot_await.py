import asyncio
import sys

async def fetch(n):
    await asyncio.sleep(0)
    return n

async def main():
    print('start')
    asyncio.sleep(0.1)
    print('after sleep without await')
    fetch(1)
    print('after fetch without await')
    result = fetch(2)
    print(type(result).__name__, asyncio.iscoroutine(result))
    print(await result)
    s = asyncio.sleep(0, 'ok')
    print(await s)
    for i in range(2):
        asyncio.sleep(i)
    print('end')

asyncio.run(main())
sys.exit(1)
