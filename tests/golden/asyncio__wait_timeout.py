# pyco-args: --virtual-time
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    a = asyncio.create_task(job('a', 0.01), name='a')
    b = asyncio.create_task(job('b', 0.05), name='b')
    c = asyncio.create_task(job('c', 0.2), name='c')
    done, pending = await asyncio.wait([a, b, c], timeout=0.1)
    print('timeout: done', names(done), 'pending', names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print('first: done', names(done), 'pending', names(pending))
    print([t.result() for t in (a, b, c)])
    d = asyncio.create_task(job('d', 0.4), name='d')
    e = asyncio.create_task(asyncio.sleep(0.2), name='e')
    async def boom():
        await asyncio.sleep(0.02)
        raise KeyError('k')
    f = asyncio.create_task(boom(), name='f')
    done, pending = await asyncio.wait([d, e, f], return_when=asyncio.FIRST_EXCEPTION)
    print('first exception: done', names(done), 'pending', names(pending), repr(f.exception()))
    done, pending = await asyncio.wait([d, e, f])
    print('all: done', names(done), 'pending', names(pending))
    try:
        await asyncio.wait([])
    except ValueError as err:
        print('ValueError', err)

asyncio.run(main())
