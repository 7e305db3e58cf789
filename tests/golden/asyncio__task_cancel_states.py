# pyco-args: --virtual-time
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('got cancel, cleaning up')
        await asyncio.sleep(0.01)
        print('cleanup done')
        raise

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('swallowing the cancellation')
    return 'survived'

async def main():
    t = asyncio.create_task(stubborn(), name='stubborn-task')
    await asyncio.sleep(0)
    print(t.get_name(), t.done(), t.cancelled())
    print('cancel returned', t.cancel('please stop'))
    print('cancelling()', t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('caught CancelledError args', e.args)
    print('done', t.done(), 'cancelled', t.cancelled())
    print('cancel again', t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')
    try:
        t.exception()
    except asyncio.CancelledError:
        print('exception() raises CancelledError')

    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print('result', await s, s.cancelled())
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
