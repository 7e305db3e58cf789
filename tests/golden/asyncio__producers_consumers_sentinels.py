# pyco-args: --virtual-time
import asyncio
import random

random.seed(7)

async def producer(name, q, n):
    for i in range(n):
        await asyncio.sleep(random.random() / 10)
        item = f'{name}-{i}'
        await q.put(item)
        print(f'{name} produced {item}')

async def consumer(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(f'{name} stopping')
            break
        await asyncio.sleep(random.random() / 10)
        out.append(item)
        print(f'{name} consumed {item}')
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    out = []
    consumers = [asyncio.create_task(consumer(f'c{i}', q, out)) for i in range(2)]
    await asyncio.gather(*(producer(f'p{i}', q, 3) for i in range(2)))
    for _ in consumers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*consumers)
    print(sorted(out))
    print(all(c.done() for c in consumers))

asyncio.run(main())
