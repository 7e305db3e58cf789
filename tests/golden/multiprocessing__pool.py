# multiprocessing.Pool: map, starmap, apply, the async forms with callbacks, imap,
# errors raised in workers, worker names, close/join/terminate; and ThreadPool.
import multiprocessing as mp
from multiprocessing.pool import ThreadPool
import os


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def worker_name(_):
    return mp.current_process().name.split("-")[0], mp.current_process().daemon


def boom(x):
    if x == 3:
        raise KeyError("bad item %d" % x)
    return x


def init(tag):
    global TAG
    TAG = tag


def tagged(x):
    return "%s:%d" % (TAG, x)


if __name__ == "__main__":
    with mp.Pool(3) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []))
        print(pool.map(square, range(7), chunksize=3))
        print(pool.starmap(power, [(2, 5), (3, 3), (10, 2)]))
        print(pool.apply(power, (2,), {"exp": 10}))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=5), r.ready(), r.successful())
        got = []
        r = pool.map_async(square, range(5), callback=got.append)
        r.wait()
        print(r.get(), got)
        print(list(pool.imap(square, range(6))))
        print(sorted(pool.imap_unordered(square, range(6))))
        print(sorted(set(pool.map(worker_name, range(20)))))
        try:
            pool.map(boom, range(6))
        except KeyError as e:
            print("map raised", repr(e))
        errors = []
        r = pool.apply_async(boom, (3,), error_callback=errors.append)
        r.wait()
        print(r.successful(), errors)
        try:
            r.get()
        except KeyError as e:
            print("get raised", repr(e))
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("after exit:", e)

    pool = mp.Pool(2, initializer=init, initargs=("T",))
    print(pool.map(tagged, range(4)))
    try:
        pool.join()
    except ValueError as e:
        print(e)
    pool.close()
    pool.join()
    try:
        pool.apply(square, (2,))
    except ValueError as e:
        print(e)
    try:
        mp.Pool(0)
    except ValueError as e:
        print(e)

    with ThreadPool(4) as tp:
        print(tp.map(square, range(8)))
        print(tp.apply(power, (3, 4)))
