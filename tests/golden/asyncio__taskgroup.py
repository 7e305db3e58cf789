# asyncio.TaskGroup: waits for every task; the first failure cancels the rest and the body
import asyncio


async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        raise ValueError(f'{name} failed')
    print(name, 'done')
    return name


async def all_succeed():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        t1 = tg.create_task(work('a', 0.02))
        t2 = tg.create_task(work('b', 0.01), name='second')
        print(repr(tg), t2.get_name())
    print('results', t1.result(), t2.result(), repr(tg))


async def one_fails():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('slow', 1))
            tg.create_task(work('bad', 0.01, fail=True))
            tg.create_task(work('quick', 0.005))
            await asyncio.sleep(2)
            print('body not finished')
    except* ValueError as eg:
        print('caught', repr(eg), type(eg).__name__)
    print('after group')


async def two_fail():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('x', 0.01, fail=True))
            tg.create_task(work('y', 0.01, fail=True))
    except ExceptionGroup as eg:
        print(eg.message, [str(e) for e in eg.exceptions])


async def body_raises():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('pending', 1))
            await asyncio.sleep(0)
            raise KeyError('body')
    except* KeyError as eg:
        print('body error', repr(eg))


async def misuse():
    tg = asyncio.TaskGroup()
    coro = work('never', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    coro = work('late', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()


async def main():
    await all_succeed()
    await one_fails()
    await two_fail()
    await body_raises()
    await misuse()


asyncio.run(main())
