# ProcessPoolExecutor: shutdown, submit after shutdown, bad arguments, the with statement.
import time
from concurrent.futures import ProcessPoolExecutor


def slow(x):
    time.sleep(0.05)
    return x


if __name__ == '__main__':
    for bad in (0, -1):
        try:
            ProcessPoolExecutor(bad)
        except ValueError as e:
            print(type(e).__name__, e)
    ex = ProcessPoolExecutor(2)
    ex.shutdown()
    try:
        ex.submit(slow, 1)
    except RuntimeError as e:
        print(type(e).__name__, e)
    with ProcessPoolExecutor(1) as ex:
        fs = [ex.submit(slow, i) for i in range(6)]
        ex.shutdown(wait=True, cancel_futures=True)
        results = [f.result() for f in fs if not f.cancelled()]
        print(results == list(range(len(results))), len(results) + sum(f.cancelled() for f in fs))
    try:
        ex.submit(slow, 2)
    except RuntimeError as e:
        print(type(e).__name__, e)
    ex.shutdown()
    ex = ProcessPoolExecutor(2)
    fs = [ex.submit(slow, i) for i in range(4)]
    ex.shutdown(wait=False)
    print([f.result() for f in fs])
    with ProcessPoolExecutor() as ex:
        print(ex.submit(slow, 'default workers').result())
    ex = ProcessPoolExecutor(2)
    print(ex.submit(slow, 'left running at exit').result())
