import asyncio

# gather(*(generator expression)) inside async def: the generator expression has no await,
# so it is an ordinary generator, not an async generator.
async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print(await asyncio.gather(*(double(i) for i in range(4))))
    g = (i for i in range(3))
    print(type(g).__name__, list(g))
    print(sum(x * x for x in range(4)))

asyncio.run(main())
