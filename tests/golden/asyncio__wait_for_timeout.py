# pyco-args: --virtual-time
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return 'finished'
    except asyncio.CancelledError:
        print('slow: cancelled')
        raise
    finally:
        print('slow: finally')

async def main():
    print(await asyncio.wait_for(asyncio.sleep(0.01, 'quick'), timeout=0.5))
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError as e:
        print('timed out:', type(e).__name__, e.__cause__ is not None or e.__context__ is not None)
    print(await asyncio.wait_for(asyncio.sleep(0.01, 'no timeout'), None))
    task = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(task, 0)
    except asyncio.TimeoutError:
        print('zero timeout; task cancelled:', task.cancelled())
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
