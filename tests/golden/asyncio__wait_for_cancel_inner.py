# pyco-args: --virtual-time
import asyncio

async def slow(label):
    try:
        await asyncio.sleep(1)
        return label
    except asyncio.CancelledError:
        print(label, 'cancelled by wait_for')
        raise
    finally:
        print(label, 'finally')

async def main():
    try:
        await asyncio.wait_for(slow('first'), timeout=0.1)
    except asyncio.TimeoutError as e:
        print('timed out:', type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow('second'), timeout=2))
    print(await asyncio.wait_for(slow('third'), timeout=None))
    t = asyncio.create_task(slow('task'))
    try:
        await asyncio.wait_for(t, 0.2)
    except TimeoutError:
        print('task cancelled?', t.cancelled())
    try:
        await asyncio.wait_for(slow('zero'), 0)
    except asyncio.TimeoutError:
        print('zero timeout')
    async def boom():
        await asyncio.sleep(0.01)
        raise KeyError('k')
    try:
        await asyncio.wait_for(boom(), 1)
    except KeyError as e:
        print('propagated', repr(e))

asyncio.run(main())
