# pyco-args: --virtual-time
import asyncio

log = []

async def worker(name, delays):
    for d in delays:
        log.append(f'{name} sleeps {d}')
        await asyncio.sleep(d)
        log.append(f'{name} woke after {d}')
    return name.upper()

async def main():
    t1 = asyncio.create_task(worker('a', [0.15, 0.05]))
    t2 = asyncio.create_task(worker('b', [0.05, 0.05, 0.25]))
    t3 = asyncio.create_task(worker('c', [0]))
    log.append('main created tasks')
    r = await t1
    log.append('main got ' + r)
    print(await t2, await t3)

asyncio.run(main())
for line in log:
    print(line)
