# except* handlers can yield and await
import asyncio


def gen():
    try:
        yield 'body'
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield 'in ValueError handler ' + repr(e)
        yield 'still there'
    except* TypeError as e:
        yield 'in TypeError handler ' + repr(e)
    finally:
        yield 'finally'


print(list(gen()))


async def boom(n):
    await asyncio.sleep(0)
    raise ExceptionGroup('async', [KeyError(n)])


async def main():
    try:
        await boom(5)
    except* KeyError as e:
        await asyncio.sleep(0)
        print('async handler', repr(e))
    return 'done'


print(asyncio.run(main()))
