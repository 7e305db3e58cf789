import asyncio

def bad_callback(x):
    print('callback running with', x)
    raise ValueError('callback failed')

async def main():
    loop = asyncio.get_running_loop()
    def handler(loop, context):
        print('handler got:', context['message'], repr(context.get('exception')))
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback, 2)
    await asyncio.sleep(0.01)
    print(loop.get_exception_handler() is handler)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: 1 / 0)
    fut.set_result(None)
    await asyncio.sleep(0.01)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    print('end')

asyncio.run(main())
