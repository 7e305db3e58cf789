import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x * 2

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(21)))
task = loop.create_task(compute(5))
print(task.done())
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_soon(fut.set_result, 'via call_soon')
print(loop.run_until_complete(fut))
calls = []
loop.call_soon(calls.append, 1)
loop.call_soon(loop.stop)
loop.run_forever()
print(calls, loop.is_running())
loop.close()
print(loop.is_closed())
c = compute(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('RuntimeError:', e)
c.close()
asyncio.set_event_loop(None)

async def inner_run():
    c = compute(2)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()

asyncio.run(inner_run())
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
