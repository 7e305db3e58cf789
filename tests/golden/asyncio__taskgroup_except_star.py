# pyco-args: --virtual-time
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    if n % 2:
        raise ValueError(f'odd {n}')
    if n == 4:
        raise KeyError(n)
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(job(n)) for n in (2, 1, 4, 3)]
    except* ValueError as eg:
        print('ValueErrors:', [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('KeyErrors:', [repr(e) for e in eg.exceptions])
    print([t.cancelled() for t in tasks])
    print([t.result() for t in tasks if t.done() and not t.cancelled() and not t.exception()])
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(2))
        b = tg.create_task(job(0))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1))
            tg.create_task(job(3))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        print(eg)

asyncio.run(main())
