import asyncio

log = []

async def ticker(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)

async def main():
    tasks = [asyncio.create_task(ticker(name, 3)) for name in 'abc']
    log.append('main before await')
    await asyncio.sleep(0)
    log.append('main after one sleep(0)')
    await asyncio.gather(*tasks)
    print(' '.join(log))
    r = await asyncio.sleep(0, 'result')
    print(r)

asyncio.run(main())
