# pyco-args: --virtual-time
import asyncio

async def use(lock, name, hold):
    print(name, 'wants lock')
    async with lock:
        print(name, 'has lock')
        await asyncio.sleep(hold)
    print(name, 'released')

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use(lock, 'A', 0.1), use(lock, 'B', 0.05), use(lock, 'C', 0))
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print('waiter cancelled')
    lock.release()
    print('locked after release', lock.locked())
    async with lock:
        pass
    sem = asyncio.Semaphore(0)
    async def releaser():
        await asyncio.sleep(0.1)
        sem.release()
    asyncio.create_task(releaser())
    try:
        await asyncio.wait_for(sem.acquire(), 0.05)
    except asyncio.TimeoutError:
        print('semaphore acquire timed out')
    await sem.acquire()
    print('acquired after release')

asyncio.run(main())
