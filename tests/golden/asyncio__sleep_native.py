# asyncio.sleep: result values, zero and negative delays, cancellation while sleeping,
# sleep as a task and under wait_for, and what iscoroutine says of it.
import asyncio


async def main():
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(-1, result=5))
    print(await asyncio.sleep(0.01, ['done']))
    s = asyncio.sleep(0)
    print(asyncio.iscoroutine(s), hasattr(s, 'send'), hasattr(s, '__await__'))
    await s
    t = asyncio.create_task(asyncio.sleep(0.01, 'from task'))
    print(await t, t.done())
    t = asyncio.ensure_future(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel('enough')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled:', e.args)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print('timed out')
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(asyncio.sleep(0.02, 'b'), asyncio.sleep(0.01, 'a'))
    print(r)
    order = []

    async def sleeper(name, d):
        await asyncio.sleep(d)
        order.append(name)

    await asyncio.gather(*(sleeper(n, d) for n, d in [('x', 0.03), ('y', 0.01), ('z', 0.02), ('w', 0.01)]))
    print(order)
    try:
        await asyncio.sleep(None)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
try:
    asyncio.run(asyncio.sleep(0, 'top'))
except Exception as e:
    print(type(e).__name__, e)
print(asyncio.run(asyncio.sleep(0.01, 'top')))
