# Two pool tasks that sleep run at the same time (real time, shortened from chapter 19; run one after the other they would take 1 s).
from concurrent.futures import ThreadPoolExecutor
import time

def return_future(msg):
    time.sleep(0.5)
    return msg

start = time.time()
pool = ThreadPoolExecutor(max_workers=2)
f1 = pool.submit(return_future, 'hello')
f2 = pool.submit(return_future, 'world')
print(f1.result(), f2.result())
elapsed = time.time() - start
print('overlapped:', elapsed < 0.9)
pool.shutdown()
