# pyco-args: --virtual-time
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def blocking(n):
    time.sleep(0.2)
    return n * 10

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    r = await asyncio.gather(loop.run_in_executor(None, blocking, 1), loop.run_in_executor(None, blocking, 2),
                             asyncio.to_thread(blocking, 3))
    print(r, round(loop.time() - start, 1))
    with ThreadPoolExecutor(2) as ex:
        f = ex.submit(blocking, 4)
        print(await asyncio.wrap_future(f))

asyncio.run(main())
