# Binding an `async with` target is part of the block: __aexit__ sees its failure.
import asyncio

class ACM:
    async def __aenter__(self):
        print("aenter")
        return 5
    async def __aexit__(self, typ, exc, tb):
        print("aexit", typ.__name__ if typ else None, exc)
        return isinstance(exc, ValueError)

async def main():
    try:
        async with ACM() as (x, y):
            print("not reached")
    except TypeError as e:
        print("TypeError:", e)
    async with ACM() as v:
        print("bound", v)
    async with ACM() as v, ACM() as w:
        raise ValueError("suppressed by the inner one")
    print("after", v, w)
    async with ACM() as [only]:
        pass

try:
    asyncio.run(main())
except TypeError as e:
    import traceback
    print(traceback.format_exc().splitlines()[-3:])
