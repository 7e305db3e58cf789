# Queue, LifoQueue and PriorityQueue: sizes, errors, reprs and the put/get coroutines.
import asyncio


async def main():
    q = asyncio.Queue(2)
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q))
    await q.put('a')
    q.put_nowait('b')
    print(q.qsize(), q.empty(), q.full(), str(q))
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(str(e)), isinstance(e, Exception))
    print(await q.get(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(str(e)))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    for size in (0, -1):
        u = asyncio.Queue(size)
        for i in range(5):
            u.put_nowait(i)
        print(size, u.full(), u.qsize(), str(u))
    print(str(asyncio.Queue(maxsize=3)), asyncio.Queue().maxsize)

    coro = q.get()
    print(asyncio.iscoroutine(coro), repr(coro).startswith('<coroutine object Queue.get at 0x'))
    coro.close()
    task = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(7)
    print(await task)

    for bad in [lambda: asyncio.Queue(1, 2), lambda: asyncio.Queue(size=1),
                lambda: q.put(), lambda: q.put_nowait(), lambda: q.get_nowait(1)]:
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e'), (0, 'z')]:
        await pq.put(item)
    print(str(pq))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    pq.put_nowait(1)
    try:
        pq.put_nowait('x')
    except TypeError as e:
        print('TypeError', e)
    print(pq.qsize(), str(pq))

    lq = asyncio.LifoQueue(3)
    for x in 'xyz':
        await lq.put(x)
    print(lq.full(), str(lq), [await lq.get() for _ in range(3)])

    print(asyncio.Queue.__name__, asyncio.Queue.__module__,
          issubclass(asyncio.PriorityQueue, asyncio.Queue),
          issubclass(asyncio.LifoQueue, asyncio.Queue),
          isinstance(lq, asyncio.Queue), type(pq).__name__)
    return q


q = asyncio.run(main())
q.put_nowait(1)
q.put_nowait(2)


async def blocked_put():
    await q.put(3)

try:
    asyncio.run(blocked_put())
except RuntimeError as e:
    print('RuntimeError', str(e).split(' at ')[0], str(e).split(' maxsize')[1])

# Generic aliases, as in annotations.
print(asyncio.Queue[int], asyncio.PriorityQueue[tuple[int, str]])
print(type(asyncio.Queue[int](3)).__name__, asyncio.LifoQueue[str]().maxsize)
