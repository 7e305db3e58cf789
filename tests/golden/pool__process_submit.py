# ProcessPoolExecutor: submit/result in forked workers, values round-trip by content.
import os
from concurrent.futures import ProcessPoolExecutor

PARENT = os.getpid()


def describe(value, *, tag='v'):
    return tag, type(value).__name__, value


def in_child():
    return os.getpid() != PARENT


def power(base, exp=2):
    return base ** exp


if __name__ == '__main__':
    values = [None, True, False, 0, -7, 2 ** 100, -(3 ** 80), 1.5, float('inf'), -0.0,
              'héllo', '', b'\x00\xffbytes', [1, [2, [3]]], (1, (2,)), {'a': [1], 2: (3,)},
              {1, 2, 3}, frozenset({4}), range(2, 10, 3), slice(1, None)]
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(in_child).result())
        futures = [ex.submit(describe, v, tag='t%d' % i) for i, v in enumerate(values)]
        for f in futures:
            print(f.result())
        print(ex.submit(power, 3).result(), ex.submit(power, 2, exp=70).result())
        print(ex.submit(sorted, [3, 1, 2], reverse=True).result())
        print(ex.submit(divmod, 17, 5).result())
        shared = [1, 2]
        pair = ex.submit(describe, [shared, shared]).result()[2]
        print(pair, pair[0] is pair[1])
        f = ex.submit(power, 5)
        print(f.result(timeout=10), f.done(), f.cancelled(), f.exception())
