# fcntl.flock between two open files of one file, a thread that waits for the lock, the
# errors CPython gives, and workers of a process pool appending under the lock.
import fcntl
import os
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor

path = os.path.join(tempfile.mkdtemp(), "log.txt")
first = open(path, "a")
second = open(path, "a")

fcntl.flock(first, fcntl.LOCK_EX)
try:
    fcntl.flock(second.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.strerror)


def waiter():
    fcntl.flock(second, fcntl.LOCK_EX)
    print("waiter got the lock")
    fcntl.flock(second, fcntl.LOCK_UN)


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)
print("main releases")
fcntl.flock(first, fcntl.LOCK_UN)
t.join()

for bad in ("x", -1, 10**30):
    try:
        fcntl.flock(bad, fcntl.LOCK_EX)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    fcntl.flock(9999, fcntl.LOCK_EX)
except OSError as e:
    print(type(e).__name__, e)

flags = fcntl.fcntl(first, fcntl.F_GETFD)
print("cloexec", bool(flags & fcntl.FD_CLOEXEC))


def append(n):
    with open(path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.write(f"line {n}\n")
        f.flush()
        fcntl.flock(f, fcntl.LOCK_UN)
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as pool:
        print(sorted(pool.map(append, range(6))))
    with open(path) as f:
        print(sorted(f.read().splitlines()))
    first.close()
    second.close()
