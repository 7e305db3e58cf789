# pyco-args: --virtual-time
import asyncio

async def slow_op(n):
    await asyncio.sleep(n)
    return n

async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            print(repr(cm).startswith("<Timeout [active] when="))
            await slow_op(1)
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    print(repr(cm))
    async with asyncio.timeout(1) as cm2:
        print(await slow_op(0.01))
    print(cm2.expired(), repr(cm2))
    async with asyncio.timeout(None) as cm3:
        print(cm3.when())
        cm3.reschedule(asyncio.get_running_loop().time() + 0.02)
        try:
            await slow_op(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("unreached")

async def outer():
    try:
        await main()
    except TimeoutError as e:
        print("outer TimeoutError", repr(e), type(e.__cause__).__name__)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    print(asyncio.current_task().cancelling())

asyncio.run(outer())
