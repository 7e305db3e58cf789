import concurrent.futures
import time

def slow(x):
    time.sleep(0.3)
    return x

ex = concurrent.futures.ThreadPoolExecutor(max_workers=1)
f1 = ex.submit(slow, 'one')
f2 = ex.submit(slow, 'two')
time.sleep(0.05)
print('f1 running', f1.running(), 'f2 running', f2.running())
try:
    f1.result(timeout=0.1)
except concurrent.futures.TimeoutError as e:
    print('TimeoutError', type(e).__name__, concurrent.futures.TimeoutError is TimeoutError)
print('cancel f1', f1.cancel())
print('cancel f2', f2.cancel())
print('f2 cancelled', f2.cancelled(), f2.done())
try:
    f2.result()
except concurrent.futures.CancelledError:
    print('f2 result -> CancelledError')
print(f1.result())
print(f1.exception(timeout=1))
ex.shutdown(wait=True)
try:
    ex.submit(slow, 'three')
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    concurrent.futures.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print('ValueError:', e)
