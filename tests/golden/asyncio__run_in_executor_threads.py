import asyncio
import concurrent.futures
import threading
import time

def blocking_io(n):
    time.sleep(0.05 * n)
    return f'io-{n} in {threading.current_thread().name.split("_")[0]}'

def cpu(n):
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking_io, 1)
    print(r)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as ex:
        results = await asyncio.gather(*(loop.run_in_executor(ex, blocking_io, i) for i in range(1, 4)))
        print(results)
        print(await loop.run_in_executor(ex, cpu, 1000))
    print(await asyncio.to_thread(cpu, 10))
    def kw(a, b=0, *, c=0):
        return a + b + c
    print(await asyncio.to_thread(kw, 1, b=2, c=3))
    def boom():
        raise OSError(5, 'disk on fire')
    try:
        await loop.run_in_executor(None, boom)
    except OSError as e:
        print('OSError', e.errno, e.strerror)
    fut = loop.run_in_executor(None, cpu, 5)
    print(type(fut).__name__, await fut)

asyncio.run(main())
