# threading.Semaphore (native) and BoundedSemaphore (a subclass): counts, timeouts, waiters.
import threading

s = threading.Semaphore(2)
print(s, s._value)
print(s.acquire(), s.acquire(timeout=0), s.acquire(False), s.acquire(timeout=-1), s._value)
for call, args in [(s.release, (0,)), (threading.Semaphore, (-1,)), (s.acquire, (False, 1))]:
    try:
        call(*args)
    except ValueError as e:
        print('ValueError', e)
s.release(2)
with s:
    print('inside', s._value)
print('after', s._value)

b = threading.BoundedSemaphore(1)
print(b, isinstance(b, threading.Semaphore), type(b).__name__)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)


class Counting(threading.Semaphore):
    def __init__(self, value):
        super().__init__(value)
        self.taken = 0

    def acquire(self, blocking=True, timeout=None):
        ok = super().acquire(blocking, timeout)
        self.taken += ok
        return ok


c = Counting(0)
log = []


def worker(n):
    c.acquire()
    log.append(n)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
c.release(3)
for t in threads:
    t.join()
print(sorted(log), c.taken, c._value)
