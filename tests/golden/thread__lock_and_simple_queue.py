# threading.Lock (a native _thread.lock) and queue.SimpleQueue across green threads.
import queue
import threading

lock = threading.Lock()
print(type(lock).__name__, repr(lock).split(' object')[0])
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print('ValueError', e)
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
with lock:
    print('inside', lock.locked())
print('after', lock.locked())

q = queue.SimpleQueue()
order = []


def consumer(name):
    while True:
        item = q.get()
        if item is None:
            return
        order.append((name, item))


threads = [threading.Thread(target=consumer, args=(n,)) for n in 'ab']
for t in threads:
    t.start()
for i in range(6):
    q.put(i)
q.put(None)
q.put_nowait(None)
for t in threads:
    t.join()
print(sorted(item for _, item in order), q.empty(), q.qsize())
try:
    q.get(block=False)
except queue.Empty as e:
    print('Empty', repr(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)

held = threading.Lock()
held.acquire()
results = []
waiter = threading.Thread(target=lambda: results.append(held.acquire(timeout=5)))
waiter.start()
held.release()
waiter.join()
print(results, held.locked())
