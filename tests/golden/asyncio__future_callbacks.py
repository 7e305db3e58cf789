import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done())
    def cb(f):
        print('callback 1 sees', f.result())
    def cb2(f):
        print('callback 2')
    fut.add_done_callback(cb)
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb2)
    print('removed', fut.remove_done_callback(cb2))
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    loop.call_soon(fut.set_result, 42)
    print('awaited', await fut)
    print(repr(fut))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print('InvalidStateError on second set_result')
    late = []
    fut.add_done_callback(lambda f: late.append('late callback'))
    print(late)
    await asyncio.sleep(0)
    print(late)

    f2 = loop.create_future()
    f2.set_exception(ValueError('nope'))
    print(repr(f2), type(f2.exception()).__name__)
    try:
        await f2
    except ValueError as e:
        print('ValueError', e)
    f3 = loop.create_future()
    print(f3.cancel(), f3.cancelled(), f3.cancel(), repr(f3))
    try:
        f3.result()
    except asyncio.CancelledError:
        print('CancelledError from result()')
    print(asyncio.isfuture(f3), asyncio.isfuture(main))

asyncio.run(main())
