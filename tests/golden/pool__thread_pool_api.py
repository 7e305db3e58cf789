# ThreadPoolExecutor: submit, errors, map, as_completed, wait, shutdown, worker names.
import threading
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, CancelledError)


def who(x, scale=1):
    return threading.current_thread().name, x * scale


def fail(x):
    raise ValueError('bad %d' % x)


with ThreadPoolExecutor(max_workers=2, thread_name_prefix='w') as pool:
    f = pool.submit(who, 3, scale=10)
    print(f.result())
    e = pool.submit(fail, 7)
    print(repr(e.exception()), e)
    try:
        e.result()
    except ValueError as exc:
        print('ValueError', exc)
    print(list(pool.map(pow, [2, 3, 4], [5, 6])))
    print(sorted(pool.map(lambda x: x * x, range(10), chunksize=3)))
    fs = [pool.submit(pow, 2, n) for n in range(5)]
    print(sorted(f.result() for f in as_completed(fs)))
    done, not_done = wait(fs)
    print(len(done), len(not_done))
    done, not_done = wait(fs + [e], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))

gate = threading.Event()
pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(gate.wait)
queued = [pool.submit(pow, 2, n) for n in range(3)]
print(first.running(), [q.running() for q in queued])
print(queued[0].cancel(), queued[0].cancelled())
gate.set()
pool.shutdown(wait=True, cancel_futures=True)
print(first.result(), [q.cancelled() for q in queued])
try:
    pool.submit(pow, 2, 2)
except RuntimeError as exc:
    print('RuntimeError', exc)
try:
    queued[1].result()
except CancelledError:
    print('CancelledError')
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as exc:
    print('ValueError', exc)

