import asyncio

async def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                break
            total += value
    except ValueError as e:
        print('accumulator got', repr(e))
        yield -1
    finally:
        print('accumulator closing')

async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await acc.athrow(ValueError('reset')))
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    gen = accumulator()
    print(await gen.__anext__())
    await gen.aclose()
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print('closed gen stops')
    print(type(gen).__name__, gen.__name__, gen.ag_running)

asyncio.run(main())
