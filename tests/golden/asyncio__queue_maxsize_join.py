# pyco-args: --virtual-time
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f'put {i} qsize={q.qsize()} full={q.full()}')
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        try:
            if item is None:
                print(name, 'got sentinel')
                return
            await asyncio.sleep(0.1)
            print(name, 'processed', item)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q)
    prod = asyncio.create_task(producer(q, 5))
    cons = asyncio.create_task(consumer(q, 'c1'))
    await asyncio.gather(prod, cons)
    await q.join()
    print('all done, empty:', q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.put_nowait('a'); q.put_nowait('b')
    try:
        q.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull')
    print(q.get_nowait(), q.qsize())
    q.task_done(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
