# nested TaskGroups, a TaskGroup inside asyncio.timeout after an earlier group cancelled the task, SystemExit
import asyncio
async def leaf(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(n)
    return n
async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf('i1', 0.01, True))
        tg.create_task(leaf('i2', 0.5))
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(leaf('o1', 0.02, True))
            tg.create_task(leaf('o2', 0.001))
    except* ValueError as eg:
        print(repr(eg))
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(leaf('t', 1))
    except TimeoutError:
        print('timeout')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(leaf('s', 0.01))
            raise SystemExit(3)
    except SystemExit as e:
        print('sysexit', e.code)
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(leaf(i, 0.01 * (3 - i))) for i in range(3)]
    print([t.result() for t in ts])
    print(asyncio.current_task().cancelling())
asyncio.run(main())
