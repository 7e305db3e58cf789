import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')

async def handler(n):
    request_id.set(f'req-{n}')
    await asyncio.sleep(0)
    return request_id.get()

async def main():
    print(request_id.get())
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results)
    print('main sees', request_id.get())
    request_id.set('main')
    t = asyncio.create_task(handler(9))
    print(await t, request_id.get())
    async def reader():
        return request_id.get()
    print(await asyncio.create_task(reader()))
    ctx = contextvars.copy_context()
    print(ctx[request_id], request_id in ctx)

asyncio.run(main())
print(request_id.get())
