import asyncio
import concurrent.futures
import threading
import time

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

def from_thread(loop, out):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    out.append(type(fut).__name__)
    out.append(fut.result(timeout=5))
    loop.call_soon_threadsafe(out.append, 'threadsafe callback')

async def main():
    loop = asyncio.get_running_loop()
    out = []
    th = threading.Thread(target=from_thread, args=(loop, out))
    th.start()
    await asyncio.to_thread(th.join)
    await asyncio.sleep(0.01)
    print(out)
    with concurrent.futures.ThreadPoolExecutor() as ex:
        cf = ex.submit(lambda: time.sleep(0.01) or 'wrapped')
        print(await asyncio.wrap_future(cf))
    af = asyncio.wrap_future(concurrent.futures.Future())
    print(type(af).__name__, af.done())
    af.cancel()

asyncio.run(main())
