import concurrent.futures as cf
import threading

gate = threading.Event()

def blocked(i):
    gate.wait()
    return i

ex = cf.ThreadPoolExecutor(max_workers=1)
futs = [ex.submit(blocked, i) for i in range(4)]
print([f.running() for f in futs])
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in futs])
print(futs[0].result())

def cb(f):
    print('callback:', f.result() if not f.cancelled() else 'cancelled')

with cf.ThreadPoolExecutor(2) as ex2:
    f = ex2.submit(pow, 2, 10)
    f.add_done_callback(cb)
print('after with')
