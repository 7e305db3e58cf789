# pyco-args: --virtual-time
import asyncio

async def slow_op():
    await asyncio.sleep(1)
    return 'slow'

async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            await slow_op()
    except TimeoutError:
        print('timed out, expired:', cm.expired())
    async with asyncio.timeout(2) as cm:
        print(await slow_op(), cm.expired())
    async with asyncio.timeout(None) as cm:
        print('no deadline', cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.05)
        try:
            await slow_op()
        except asyncio.CancelledError:
            print('inner sees CancelledError')
            raise
    print('unreachable?')

async def runner():
    try:
        await main()
    except TimeoutError:
        print('outer TimeoutError')

asyncio.run(runner())
