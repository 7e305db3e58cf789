# pyco-args: --virtual-time
import asyncio

async def square(x, delay):
    await asyncio.sleep(delay)
    print('square', x)
    return x * x

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def main():
    # Results come back in argument order, not completion order.
    print(await asyncio.gather(square(1, 0.15), square(2, 0.05), square(3, 0.1)))
    print(await asyncio.gather())
    res = await asyncio.gather(square(4, 0.05), fail('bad', 0.1), return_exceptions=True)
    print([type(r).__name__ for r in res], res[0], res[1])
    try:
        await asyncio.gather(fail('first', 0.05), square(5, 0.1))
    except ValueError as e:
        print('caught', e)
    await asyncio.sleep(0.1)   # square(5) still finishes on its own
    fut = asyncio.gather(asyncio.sleep(0.01, 'x'), asyncio.sleep(0.02, 'y'))
    print(type(fut).__name__ == '_GatheringFuture', fut.done())
    print(await fut, fut.done())

asyncio.run(main())
