# Async generator expressions: `async for` or `await` inside `( ... )` makes an async
# generator, anywhere (also in plain functions and at module level); the first iterable
# is evaluated (and `__aiter__` called) at once.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


def plain(source):
    return (x + 100 async for x in source)


module_level = (x * x async for x in agen(4))
base = 1000


class Holder:
    items = (await double(x) for x in range(2))


async def main():
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
    print(repr(g).split(" at ")[0])
    print("hidden names:", [k for k in globals() if k.startswith(".") or "<" in k])
    print([v async for v in g])
    h = (await double(x) for x in range(3) if x != 1)
    print([v async for v in h])
    pairs = (
        (a, b) async for a in agen(3) if a async for b in agen(a) if b != a
    )
    print([p async for p in pairs])
    print([v async for v in plain(agen(2))], plain.__name__)
    print([v async for v in module_level])
    print([v async for v in Holder.items])
    k = base
    both = [v async for v in (x + k async for x in agen(2))], [
        v async for v in (x - k async for x in agen(2))
    ]
    print(both)
    for bad in ([1, 2], 5):
        try:
            (x async for x in bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        [x async for x in (await double(x) for x in 5)]
    except TypeError as e:
        print("TypeError:", e)
    stepped = (x async for x in agen(2))
    print(await stepped.__anext__(), await stepped.asend(None))
    try:
        await stepped.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
