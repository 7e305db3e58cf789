# Async generator expressions made inside a lambda and inside comprehensions.
import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def main():
    f = lambda n: (x * 2 async for x in agen(n))
    print([y async for y in f(3)])
    gens = [(x + k async for x in agen(2)) for k in range(2)]
    for g in gens:
        print([y async for y in g])
    print([[z async for z in (x async for x in agen(k))] for k in range(3)])


async def dbl(x):
    return x * 2


async def main2():
    xs = [1, 2, 3]
    f = lambda: (await dbl(x) for x in xs)
    print([y async for y in f()])
    print([[y async for y in (await dbl(x) for x in range(k))] for k in range(3)])
    g = [(await dbl(x) for x in range(k)) for k in range(3)]
    print([type(a).__name__ for a in g])


asyncio.run(main())
asyncio.run(main2())
