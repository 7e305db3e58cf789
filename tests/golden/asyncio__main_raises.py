import asyncio

async def child():
    await asyncio.sleep(0)
    raise LookupError('child failed')

async def main():
    try:
        await child()
    except LookupError as e:
        print('caught', e)
        raise RuntimeError('main failed') from e

try:
    asyncio.run(main())
except RuntimeError as e:
    print('run raised', repr(e), 'cause', repr(e.__cause__))
import traceback
try:
    asyncio.run(child())
except LookupError:
    lines = traceback.format_exc().splitlines()
    print(lines[0])
    print(lines[-1])
