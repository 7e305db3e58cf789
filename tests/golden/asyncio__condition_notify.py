# pyco-args: --virtual-time
import asyncio

async def consumer(cond, name, box):
    async with cond:
        print(name, 'waiting')
        await cond.wait_for(lambda: box)
        item = box.pop()
        print(name, 'took', item)

async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(cond, f'c{i}', box)) for i in range(3)]
    await asyncio.sleep(0.1)
    for i in range(3):
        async with cond:
            box.append(f'item{i}')
            cond.notify()
        await asyncio.sleep(0.1)
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print('waiter', i, 'released')
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print('is_set', ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    ev.clear()
    print('is_set', ev.is_set())
    lock = asyncio.Lock()
    async with lock:
        print('locked', lock.locked())
    print('locked', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
