import threading
import time

counter = 0
lock = threading.Lock()
start = threading.Event()

def increment(times):
    global counter
    start.wait()
    for _ in range(times):
        with lock:
            counter += 1

threads = [threading.Thread(target=increment, args=(1000,)) for _ in range(5)]
for t in threads:
    t.start()
print('waiting to start, counter =', counter)
start.set()
for t in threads:
    t.join()
print('counter =', counter)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
ev = threading.Event()
print(ev.wait(timeout=0.05), ev.is_set())
rl = threading.RLock()
with rl:
    with rl:
        print('reentrant ok')
cond = threading.Condition()
ready = []
def waiter():
    with cond:
        cond.wait_for(lambda: ready)
        print('waiter saw', ready)
w = threading.Thread(target=waiter)
w.start()
time.sleep(0.05)
with cond:
    ready.append('go')
    cond.notify_all()
w.join()
timer = threading.Timer(0.05, lambda: print('timer fired'))
timer.start(); timer.join()
