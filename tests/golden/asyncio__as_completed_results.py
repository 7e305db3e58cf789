# pyco-args: --virtual-time
import asyncio

async def fetch(url, delay):
    await asyncio.sleep(delay)
    if 'bad' in url:
        raise ConnectionError(f'cannot reach {url}')
    return f'<html>{url}</html>'

async def main():
    urls = {'a.com': 0.3, 'b.com': 0.1, 'bad.com': 0.2, 'c.com': 0.05}
    coros = [fetch(u, d) for u, d in urls.items()]
    results = []
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        try:
            page = await fut
            print(i, 'ok', page)
            results.append(page)
        except ConnectionError as e:
            print(i, 'error', e)
    print(len(results))
    tasks = [asyncio.create_task(fetch(u, d)) for u, d in [('x', 0.2), ('y', 0.1)]]
    order = [await f for f in asyncio.as_completed(tasks)]
    print(order)
    print([t.done() for t in tasks])

asyncio.run(main())
