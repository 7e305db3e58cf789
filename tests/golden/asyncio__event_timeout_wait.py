# pyco-args: --virtual-time
import asyncio

async def waiter(event, name, timeout):
    try:
        await asyncio.wait_for(event.wait(), timeout)
        print(name, 'saw the event')
    except asyncio.TimeoutError:
        print(name, 'gave up')

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f'w{i}', t)) for i, t in enumerate([0.1, 0.5, 1.0])]
    await asyncio.sleep(0.3)
    event.set()
    await asyncio.gather(*tasks)
    q = asyncio.Queue()
    try:
        item = await asyncio.wait_for(q.get(), timeout=0.2)
    except asyncio.TimeoutError:
        print('queue get timed out, size', q.qsize())
    q.put_nowait('late')
    print(await asyncio.wait_for(q.get(), timeout=0.2))
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.1)
    except asyncio.TimeoutError:
        print('lock busy')
    lock.release()
    print(lock.locked())
    cond = asyncio.Condition()
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.1)
        except asyncio.TimeoutError:
            print('condition wait timed out, still locked:', cond.locked())

asyncio.run(main())
