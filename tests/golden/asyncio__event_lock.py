# pyco-args: --virtual-time
import asyncio

async def waiter(ev, name):
    print(name, 'waiting')
    r = await ev.wait()
    print(name, 'woke', r)

async def locked_section(lock, name, log):
    async with lock:
        log.append(name + ' in')
        await asyncio.sleep(0.01)
        log.append(name + ' out')

async def limited(sem, name, log):
    async with sem:
        log.append(name + ' start')
        await asyncio.sleep(0.01)
        log.append(name + ' end')

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, f'w{i}')) for i in range(3)]
    await asyncio.sleep(0.01)
    print('set; is_set was', ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*[locked_section(lock, n, log) for n in 'abc'])
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)

    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*[limited(sem, n, log) for n in 'wxyz'])
    print(log)

asyncio.run(main())
