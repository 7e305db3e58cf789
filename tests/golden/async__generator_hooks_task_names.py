import asyncio
import sys

async def ticks(label):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(label, 'closed')

async def plain():
    yield 'a'
    yield 'b'

kept = None

async def main():
    global kept
    hooks = sys.get_asyncgen_hooks()
    print(type(hooks).__name__, hooks.firstiter is not None, hooks.finalizer is not None)
    async for n in ticks('loop'):
        if n == 1:
            break
    t = asyncio.create_task(asyncio.sleep(0))
    print('task after break:', t.get_name())
    await t
    async for x in plain():
        break
    await asyncio.sleep(0)
    print('next task:', asyncio.create_task(asyncio.sleep(0)).get_name())
    kept = ticks('global')
    print(await kept.__anext__())
    print('main done')

print(sys.get_asyncgen_hooks())
asyncio.run(main())
print('after run', sys.get_asyncgen_hooks())
t = None
async def second():
    print(asyncio.current_task().get_name())
asyncio.run(second())
try:
    sys.set_asyncgen_hooks(finalizer=5)
except TypeError as e:
    print('TypeError:', e)
