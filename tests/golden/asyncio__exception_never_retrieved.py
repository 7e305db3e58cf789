import asyncio

async def fails():
    raise RuntimeError('lost error')

async def main():
    t = asyncio.create_task(fails(), name='orphan')
    await asyncio.sleep(0.01)
    print('task done', t.done())
    del t
    print('main finishing')

asyncio.run(main())
print('after run')
raise SystemExit(1)
