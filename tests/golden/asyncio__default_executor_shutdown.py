import asyncio
import threading
import time

def blocking(n):
    time.sleep(0.01)
    return n * n, threading.current_thread().name

async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(3)))
    print([r[0] for r in results])
    print(sorted({r[1].split('_')[0] for r in results}))
    print((await asyncio.to_thread(blocking, 5))[0])

asyncio.run(main())
print('threads after run:', threading.active_count())
t = threading.Thread(target=blocking, args=(1,))
print(t.name)

async def after():
    loop = asyncio.get_running_loop()
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, blocking, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(after())
