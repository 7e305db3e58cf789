# pyco-args: --virtual-time
import asyncio

async def worker(name, queue, results):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay)
        results.append((name, delay))
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    for d in [0.3, 0.1, 0.2, 0.4, 0.05, 0.15]:
        queue.put_nowait(d)
    results = []
    tasks = [asyncio.create_task(worker(f'worker-{i}', queue, results)) for i in range(3)]
    await queue.join()
    for t in tasks:
        t.cancel()
    out = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(o).__name__ for o in out])
    for r in results:
        print(r)
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        await pq.put(item)
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())
