# Throwing into a generator that has not started shows its frame at the def line (the
# first decorator's line when decorated); athrow() on a closed async generator gives None
# in CPython 3.11.
import asyncio
import traceback

def deco(f):
    return f

def plain():
    yield 1

@deco
def decorated():
    yield 1

class A:
    def method(self):
        yield 1

for make in [plain, decorated, A().method]:
    try:
        make().throw(KeyError("k"))
    except KeyError:
        print(traceback.format_exc().splitlines()[-3:])

async def agen():
    yield 1

async def main():
    try:
        await agen().athrow(ValueError("fresh"))
    except ValueError:
        print(traceback.format_exc().splitlines()[-3:])
    g = agen()
    await g.asend(None)
    await g.aclose()
    print(await g.athrow(ValueError("after close")))
    print(await g.athrow(ValueError("again")))

asyncio.run(main())
g = plain()
g.throw(ValueError("uncaught"))
