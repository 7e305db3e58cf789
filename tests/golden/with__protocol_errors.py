# with / async with on objects lacking the protocol: CPython's TypeError messages.
import asyncio
class OnlyEnter:
    def __enter__(self): return 1
class OnlyAenter:
    async def __aenter__(self): return 1
for obj in (5, OnlyEnter()):
    try:
        with obj:
            pass
    except Exception as e:
        print(type(e).__name__, e)
async def main():
    for obj in (5, OnlyAenter(), OnlyEnter()):
        try:
            async with obj:
                pass
        except Exception as e:
            print(type(e).__name__, e)
asyncio.run(main())
