# pyco-args: --virtual-time
import asyncio

async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, 'waiting, n_waiting =', barrier.n_waiting)
    pos = await barrier.wait()
    print(name, 'passed with position', pos)

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(*(runner(barrier, f'r{i}', 0.1 * i) for i in range(3)))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print('broken:', b2.broken)
    await b2.reset()
    print('after reset broken:', b2.broken)
    try:
        async with asyncio.timeout(0.1):
            await b2.wait()
    except TimeoutError:
        print('timed out; broken:', b2.broken)

asyncio.run(main())
