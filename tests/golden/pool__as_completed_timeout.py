import concurrent.futures as cf
import time

def nap(x):
    time.sleep(x)
    return x

ex = cf.ThreadPoolExecutor(max_workers=3)
futs = [ex.submit(nap, t) for t in (0.05, 0.5, 0.6)]
got = []
try:
    for f in cf.as_completed(futs, timeout=0.2):
        got.append(f.result())
except cf.TimeoutError as e:
    print('TimeoutError:', e)
print(got)
try:
    list(ex.map(nap, [0.01, 0.5], timeout=0.1))
except cf.TimeoutError as e:
    print('map TimeoutError', repr(e))
ex.shutdown(wait=True)
print([f.done() for f in futs])
print(list(cf.as_completed([])))
f = cf.Future()
f.set_result(1)
print([x.result() for x in cf.as_completed([f, f])])
