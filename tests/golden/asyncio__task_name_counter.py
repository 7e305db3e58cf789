import asyncio

async def work():
    await asyncio.sleep(0)

async def main():
    named = asyncio.create_task(work(), name="named")
    direct = asyncio.get_running_loop().create_task(work(), name="direct")
    task = asyncio.Task(work(), name="ctor")
    plain = asyncio.create_task(work())
    print([t.get_name() for t in (named, direct, task, plain)])
    await asyncio.gather(named, direct, task, plain)
    print(asyncio.ensure_future(work()).get_name())

asyncio.run(main())
