import asyncio

def on_done(fut):
    pass

async def sleeper():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(sleeper(), name='sleeper')
    t.add_done_callback(on_done)
    await asyncio.sleep(0)
    print(t)
    t.cancel()
    print(t)
    print(t.cancelling(), t.done())
    await asyncio.sleep(0)
    print(t)
    t2 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t2.cancel()
    t2.uncancel()
    print(repr(t2).split(' name=')[0])
    await asyncio.sleep(0)
    print(t2.cancelled())
    f = asyncio.get_running_loop().create_future()
    for _ in range(4):
        f.add_done_callback(on_done)
    print(f)
    f.set_result(list(range(100)))
    print(f)
    async def compute():
        await asyncio.sleep(0)
        return {'answer': 42, 'others': list(range(10))}
    t3 = asyncio.create_task(compute(), name='compute')
    await t3
    print(t3)

asyncio.run(main())
