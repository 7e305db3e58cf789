# Coroutines awaiting coroutines, resumed many times by the event loop: results,
# exceptions (with every level in the traceback) and cancellation pass through each level.
import asyncio
import traceback


async def leaf(n, fail):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        total += i
    if fail:
        raise ValueError("leaf failed after %d" % n)
    return total


async def middle(n, fail):
    try:
        r = await leaf(n, fail)
    except ValueError as e:
        print("middle caught:", e)
        raise RuntimeError("middle") from e
    return r * 2


async def top(n, fail=False):
    r = await middle(n, fail)
    return r + 1


async def sleeper(log):
    try:
        for i in range(100):
            await asyncio.sleep(0)
            log.append(i)
    except asyncio.CancelledError:
        print("sleeper cancelled after", len(log), "steps")
        raise
    finally:
        print("sleeper finally")


async def wrapper(log):
    try:
        return await sleeper(log)
    finally:
        print("wrapper finally")


async def main():
    print(await top(10))
    print(await asyncio.gather(top(3), top(7), top(12)))
    try:
        await top(8, fail=True)
    except RuntimeError as e:
        print("main caught:", repr(e), "from", repr(e.__cause__))
        lines = traceback.format_exception(type(e.__cause__), e.__cause__, e.__cause__.__traceback__)
        print("".join(l for l in lines if l.startswith("  File")).replace(__file__, "FILE"), end="")
    log = []
    t = asyncio.create_task(wrapper(log))
    for _ in range(10):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())


asyncio.run(main())
