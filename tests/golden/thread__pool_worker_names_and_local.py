from concurrent.futures import ThreadPoolExecutor
import threading
import time

local = threading.local()

def init_worker(tag):
    local.tag = tag
    local.count = 0

def job(x):
    local.count += 1
    time.sleep(0.01)
    return x, local.tag

with ThreadPoolExecutor(max_workers=2, initializer=init_worker, initargs=('ready',)) as ex:
    results = list(ex.map(job, range(6)))
print(results)
names = []
def record():
    names.append(threading.current_thread().name)
with ThreadPoolExecutor(max_workers=1) as ex:
    ex.submit(record).result()
with ThreadPoolExecutor(max_workers=1, thread_name_prefix='dl') as ex:
    ex.submit(record).result()
print(names)
