# pyco-args: --virtual-time
import asyncio

def report(loop, label):
    print('callback', label)

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.1, result='slept'))
    print(await asyncio.sleep(0))
    loop.call_later(0.2, report, loop, 'later-0.2')
    loop.call_later(0.1, report, loop, 'later-0.1')
    loop.call_soon(report, loop, 'soon-1')
    h = loop.call_soon(report, loop, 'soon-cancelled')
    loop.call_soon(report, loop, 'soon-2')
    h.cancel()
    print('handle cancelled', h.cancelled())
    th = loop.call_later(5, report, loop, 'never')
    print(type(th).__name__, type(h).__name__)
    await asyncio.sleep(0.3)
    th.cancel()
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, 'from call_later')
    print(await fut)
    print(loop.is_running(), loop.is_closed())

asyncio.run(main())
