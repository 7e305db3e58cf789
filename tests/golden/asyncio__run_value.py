import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def main(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    print('current task:', asyncio.current_task().get_name().startswith('Task-'))
    return total

print(asyncio.run(main(10)))
print(asyncio.run(add(2, 3)))
try:
    asyncio.run(add)
except ValueError as e:
    print('ValueError', str(e).split(' ')[:4])

async def raises():
    await asyncio.sleep(0)
    raise KeyError('oops')

try:
    asyncio.run(raises())
except KeyError as e:
    print('KeyError', e)

async def nested():
    coro = add(1, 1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    return await coro

print(asyncio.run(nested()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
