import asyncio

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

with asyncio.Runner() as runner:
    print(runner.run(double(1)))
    print(runner.run(double(2)))
    loop = runner.get_loop()
    print(loop.is_closed(), loop.is_running())
print(loop.is_closed())
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print('RuntimeError:', e)

async def main():
    print(asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(asyncio.get_event_loop() is loop)
    print(type(loop).__name__)
    try:
        await asyncio.sleep(-1)
        print('negative sleep ok')
    except ValueError as e:
        print(e)
    return 'main result'

print(asyncio.run(main()))
print(asyncio.run(main(), debug=False))
