from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, Future
import threading

def add(a, b):
    return a + b

with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(add, [1, 2, 3], [10, 20])))
    print(list(ex.map(add, range(3), range(100, 103), timeout=5)))
    f = ex.submit(add, b=2, a=40)
    print(f.result())
    done, pending = wait([f], timeout=0)
    print(len(done), len(pending))
    try:
        ex.submit(add, 1)
        r = ex.submit(add, 1).result()
    except TypeError as e:
        print('TypeError:', e)
    print(ex._max_workers)
try:
    ex.submit(add, 1, 2)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    ex.map(add, [1], [2])
except RuntimeError as e:
    print('RuntimeError (map):', e)
fut = Future()
print(fut.set_running_or_notify_cancel(), fut.running())
print(fut.cancel())
fut.set_result('x')
print(fut.result(), fut.done())
fut2 = Future()
print(fut2.cancel(), fut2.set_running_or_notify_cancel())
print(threading.get_ident() == threading.current_thread().ident)
lock = threading.Lock()
lock.acquire()
print(lock.acquire(timeout=0.05), lock.acquire(blocking=False))
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as e:
    print('ValueError:', e)
sem = threading.Semaphore(1)
print(sem.acquire(), sem.acquire(timeout=0.05), sem.acquire(blocking=False))
sem.release(2)
print(sem._value)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
