# pyco-args: --virtual-time
import asyncio

async def child(n):
    await asyncio.sleep(0.01 * n)
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task()
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2), name='custom')
    t3 = asyncio.ensure_future(child(3))
    print(t1.get_name() != me.get_name(), t2.get_name())
    t3.set_name('renamed')
    print(len(asyncio.all_tasks()))
    print(await t1 == t1.get_name(), await t2, await t3)
    print(len(asyncio.all_tasks()), asyncio.all_tasks() == {me})
    coro = child(0)
    t4 = asyncio.create_task(coro)
    print(t4.get_coro() is coro, t4.done())
    await t4
    print(t4.done(), t4.result() == t4.get_name())
    print(asyncio.ensure_future(t4) is t4)
    print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(print))

asyncio.run(main())
