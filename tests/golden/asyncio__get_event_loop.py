import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 'done'

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(compute()))
task = loop.create_task(compute())
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 'future value')
print(loop.run_until_complete(fut))
async def inner():
    return asyncio.get_event_loop() is loop
print(loop.run_until_complete(inner()))
loop.close()
c = compute()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('RuntimeError', e)
c.close()
print(type(asyncio.Queue()).__name__)
