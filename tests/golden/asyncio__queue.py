# pyco-args: --virtual-time
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, 'size', q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.01)
        print(name, 'got', item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.full(), q.maxsize)
    prod = asyncio.create_task(producer(q, 5))
    cons = asyncio.create_task(consumer(q, 'c'))
    await q.join()
    print('joined', q.empty())
    await asyncio.gather(prod, cons)
    q2 = asyncio.Queue(1)
    q2.put_nowait('a')
    try:
        q2.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull')
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    try:
        q2.task_done(); q2.task_done()
    except ValueError as e:
        print('ValueError', e)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in 'abc':
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())
