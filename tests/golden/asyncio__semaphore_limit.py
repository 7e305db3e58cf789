# pyco-args: --virtual-time
import asyncio

active = 0
peak = 0

async def download(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f'start {i} (active={active})')
        await asyncio.sleep(0.1 * (i % 3 + 1))
        active -= 1
        print(f'end {i}')
    return i

async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    res = await asyncio.gather(*(download(sem, i) for i in range(6)))
    print(res, 'peak', peak)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print('locked', b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
