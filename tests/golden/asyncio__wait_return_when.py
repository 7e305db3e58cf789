# pyco-args: --virtual-time
import asyncio

async def job(n, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f'job {n} failed')
    return n * 10

async def main():
    tasks = [asyncio.create_task(job(i, d), name=f'job-{i}') for i, d in enumerate([0.3, 0.1, 0.2])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first:', sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print('rest:', sorted(t.result() for t in done), len(pending))

    tasks = [asyncio.create_task(job(1, 0.1)), asyncio.create_task(job(2, 0.2, fail=True)),
             asyncio.create_task(job(3, 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in tasks:
        if t.done():
            print(t.get_name().startswith('Task-'), t.exception())
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print('after cancel', len(done), len(pending), [t.cancelled() for t in tasks])

    done, pending = await asyncio.wait([asyncio.create_task(job(9, 1.0))], timeout=0.1)
    print('timeout', len(done), len(pending))
    for t in pending:
        t.cancel()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
