import asyncio
async def agen():
    yield 1
class NotIt:
    def __aiter__(self): return 5
async def main():
    g = agen()
    print(await anext(g), await anext(g, "dflt"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")
    for bad in [lambda: aiter(5), lambda: anext(5), lambda: aiter(NotIt()), lambda: anext(), lambda: aiter()]:
        try:
            bad()
        except TypeError as e:
            print(e)
    a = anext(agen(), 0)
    print(type(a).__name__)
    print(await a)
asyncio.run(main())
