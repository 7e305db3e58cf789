import asyncio, contextvars, threading
v = contextvars.ContextVar('v', default='d')
def in_thread():
    return v.get()
async def main():
    v.set('main')
    print(await asyncio.to_thread(in_thread))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def cb():
        fut.set_result(v.get())
    async def setter():
        v.set('task')
        loop.call_soon(cb)
    await asyncio.create_task(setter())
    print(await fut)
    async def gen():
        for i in range(3):
            yield i
    print([x async for x in gen()], v.get())
asyncio.run(main())
