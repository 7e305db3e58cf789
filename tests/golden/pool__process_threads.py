# ProcessPoolExecutor: while the caller waits for workers, other threads keep running.
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def busy(n):
    time.sleep(0.3)
    return sum(range(n))


ticks = []


def ticker(stop):
    while not stop.is_set():
        ticks.append(1)
        time.sleep(0.01)


if __name__ == '__main__':
    print('module code runs once')
    stop = threading.Event()
    t = threading.Thread(target=ticker, args=(stop,))
    t.start()
    with ProcessPoolExecutor(2) as ex:
        fs = [ex.submit(busy, 10 ** k) for k in range(4)]
        print([f.result() for f in fs])
    stop.set()
    t.join()
    print(len(ticks) > 5)
    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(busy, 10)
        results = []
        waiter = threading.Thread(target=lambda: results.append(f.result()))
        waiter.start()
        waiter.join()
        print(results)
