import asyncio

async def work():
    return 1

async def main():
    for bad in (1, 'text', None):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print('create_task:', e)
    try:
        await asyncio.gather(work(), 42)
    except TypeError as e:
        print('gather:', e)
    try:
        asyncio.ensure_future(3.5)
    except TypeError as e:
        print('ensure_future:', e)
    try:
        await asyncio.wait(asyncio.create_task(work()))
    except TypeError as e:
        print('wait:', e)
    try:
        await asyncio.wait([asyncio.create_task(work())], return_when='SOMETIMES')
    except ValueError as e:
        print('wait:', e)
    try:
        asyncio.Queue(maxsize=None)
    except TypeError as e:
        print('Queue:', e)
    try:
        await asyncio.sleep('x')
    except TypeError as e:
        print('sleep:', e)
    loop = asyncio.get_running_loop()
    try:
        loop.call_later(1, 'nope')
    except TypeError as e:
        print('call_later:', e)
    print(await asyncio.gather(*[work() for _ in range(3)]))

asyncio.run(main())
