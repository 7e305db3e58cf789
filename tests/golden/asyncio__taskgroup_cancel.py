# cancelling the task that runs a TaskGroup cancels its tasks and propagates
# (the order the tasks are cancelled in is arbitrary in CPython: a set)
import asyncio

cancelled = []


async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise


async def parent():
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(child(i))
        await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('parent cancelled', t.cancelled(), sorted(cancelled))

    async def fails():
        await asyncio.sleep(0)
        raise OSError('disk')

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(child(9))
    except* OSError as eg:
        print('caught', repr(eg.exceptions), cancelled[-1])
    print('current task still running:', asyncio.current_task().cancelling())


asyncio.run(main())
