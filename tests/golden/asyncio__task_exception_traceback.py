import asyncio
import sys
import traceback

async def inner(n):
    if n == 0:
        raise ZeroDivisionError('deep failure')
    return await inner(n - 1)

async def task_body():
    await asyncio.sleep(0)
    return await inner(2)

async def main():
    t = asyncio.create_task(task_body())
    print('waiting')
    try:
        await t
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)
    print('task exception:', repr(t.exception()))
    try:
        await t
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)
    e = t.exception()
    print(e.__traceback__ is not None, e.with_traceback(None) is e, e.__traceback__)

asyncio.run(main())
