# Reprs of asyncio's Lock, Event, Semaphore, BoundedSemaphore and Condition (the default
# object repr with the state added), their classes' module, and waiters counted.
import asyncio


async def main():
    lock, event, sem = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(2)
    cond, bsem = asyncio.Condition(), asyncio.BoundedSemaphore(1)
    for obj in (lock, event, sem, cond, bsem):
        print(repr(obj), type(obj))
    await lock.acquire()
    event.set()
    await sem.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    for obj in (lock, event, sem, cond):
        print(repr(obj))
    lock.release()
    await waiter
    print(repr(lock))


asyncio.run(main())
