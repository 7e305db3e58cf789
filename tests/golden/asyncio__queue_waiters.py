# Getters and putters wait in line, wake in FIFO order, and clean up when cancelled.
import asyncio


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append(f'{name} got {item}')
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


async def putter(q, item, log):
    try:
        await q.put(item)
        log.append(f'put {item}')
    except asyncio.CancelledError:
        log.append(f'put {item} cancelled')
        raise


async def main():
    log = []
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(q, f'g{i}', log)) for i in range(3)]
    await asyncio.sleep(0)
    print(len(q._getters), str(q))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(len(q._getters))
    for x in 'ab':
        q.put_nowait(x)
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log)

    # A getter woken and then cancelled before it runs passes the item on.
    log.clear()
    t1 = asyncio.create_task(getter(q, 'first', log))
    t2 = asyncio.create_task(getter(q, 'second', log))
    await asyncio.sleep(0)
    q.put_nowait('x')
    t1.cancel()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print(log, q.qsize(), len(q._getters))

    # Putters on a full queue.
    log.clear()
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(0)
    ps = [asyncio.create_task(putter(q, i, log)) for i in range(1, 4)]
    await asyncio.sleep(0)
    print(str(q), q.full())
    ps[0].cancel()
    await asyncio.sleep(0)
    print(q.get_nowait(), len(q._putters))
    await asyncio.sleep(0)
    print(q.get_nowait(), q.get_nowait() if not q.empty() else None)
    await asyncio.sleep(0)
    print(q.get_nowait())
    await asyncio.gather(*ps, return_exceptions=True)
    print(log, q.qsize())

    # wait_for() on get() times out and leaves no getter behind.
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print('timeout', len(q._getters))
    q.put_nowait(5)
    print(await asyncio.wait_for(q.get(), 1))

    # join() waits for every task_done().
    q = asyncio.Queue()
    await q.join()
    for i in range(3):
        q.put_nowait(i)
    print(str(q))

    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(0.01)
            log.append(item)
            q.task_done()

    log.clear()
    w = asyncio.create_task(worker())
    j1 = asyncio.create_task(q.join())
    await q.join()
    print('joined', log, j1.done() or await j1, str(q))
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)


asyncio.run(main())
