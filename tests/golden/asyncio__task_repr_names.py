# pyco-args: --virtual-time
import asyncio

async def work(n):
    await asyncio.sleep(0.01 * n)
    return n

async def bad():
    raise ValueError('nope')

async def main():
    t = asyncio.create_task(work(1), name='alpha')
    print(t.get_name())
    t.set_name('beta')
    print(t.get_name())
    u = asyncio.create_task(work(2))
    print(u.get_name().startswith('Task-'))
    await asyncio.sleep(0.05)
    print(repr(t).split(' coro=')[0], 'result=1' in repr(t))
    b = asyncio.create_task(bad(), name='bad-one')
    await asyncio.sleep(0)
    print(repr(b).split(' coro=')[0], "exception=ValueError('nope')" in repr(b))
    c = asyncio.create_task(work(5), name='to-cancel')
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    print(repr(c).split(' coro=')[0])
    print(b.exception())
    me = asyncio.current_task()
    print(me.get_name(), me.done())
    t.set_name(42)
    print(repr(t.get_name()))
    print(t.get_coro().__name__, t.get_loop() is asyncio.get_running_loop())

asyncio.run(main())
