# loop.create_task(): names, a task factory, a closed loop and a non-coroutine.
import asyncio


async def work(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(work(1), name='first')
    u = loop.create_task(work(2), name=42)
    print(t.get_name(), repr(u.get_name()), await t, await u)
    try:
        loop.create_task(work)
    except TypeError as e:
        print('TypeError', e)
    c = work(0)
    for bad in [lambda: loop.create_task(), lambda: loop.create_task(c, 1),
                lambda: loop.create_task(c, coro=c), lambda: loop.create_task(c, nam='x')]:
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)
    c.close()
    print(await loop.create_task(coro=work(6)))

    made = []

    def factory(lp, coro):
        made.append(lp is loop)
        return asyncio.Task(coro, loop=lp, name='from-factory')

    loop.set_task_factory(factory)
    t = loop.create_task(work(3))
    v = loop.create_task(work(4), name='renamed')
    print(made, t.get_name(), v.get_name(), await t, await v)
    print(loop.get_task_factory() is factory)
    loop.set_task_factory(None)


asyncio.run(main())
loop = asyncio.new_event_loop()
loop.close()
coro = work(5)
try:
    loop.create_task(coro)
except RuntimeError as e:
    print('RuntimeError', e)
coro.close()
