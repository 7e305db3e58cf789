import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

@asynccontextmanager
async def connection(name):
    print(f'open {name}')
    await asyncio.sleep(0)
    try:
        yield f'conn-{name}'
    except KeyError as e:
        print(f'{name} handling {e!r}')
    finally:
        await asyncio.sleep(0)
        print(f'close {name}')

class Resource:
    async def __aenter__(self):
        print('enter resource')
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print('exit resource', exc_type.__name__ if exc_type else None)
        return exc_type is ZeroDivisionError

async def main():
    async with connection('db') as c:
        print('using', c)
    async with connection('cache') as c:
        raise KeyError('missing')
    print('after suppressed KeyError')
    try:
        async with connection('web'):
            raise ValueError('boom')
    except ValueError as e:
        print('propagated', e)
    async with Resource() as r:
        1 / 0
    print('division error suppressed', type(r).__name__)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection('a'))
        b = await stack.enter_async_context(connection('b'))
        print(a, b)
    async with connection('x') as x, connection('y') as y:
        print(x, y)

asyncio.run(main())
