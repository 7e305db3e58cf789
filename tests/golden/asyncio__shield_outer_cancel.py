# pyco-args: --virtual-time
import asyncio

async def save(data):
    print('saving', data)
    await asyncio.sleep(0.2)
    print('saved', data)
    return len(data)

async def handler():
    return await asyncio.shield(save('important'))

async def main():
    t = asyncio.create_task(handler())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('handler cancelled', t.cancelled())
    await asyncio.sleep(0.3)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    s = asyncio.shield(fut)
    print(s is fut, await s)
    inner = asyncio.create_task(save('x'))
    outer = asyncio.shield(inner)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer sees inner cancel', outer.cancelled(), inner.cancelled())

asyncio.run(main())
