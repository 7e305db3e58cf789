# ProcessPoolExecutor: initializer/initargs run in each worker; workers are forks.
import os
from concurrent.futures import ProcessPoolExecutor

CONFIG = {'scale': 1}
SEEN_AT_FORK = 'before'


def setup(scale, label):
    CONFIG['scale'] = scale
    CONFIG['label'] = label


def scaled(x):
    return x * CONFIG['scale'], CONFIG.get('label'), SEEN_AT_FORK


if __name__ == '__main__':
    with ProcessPoolExecutor(2, initializer=setup, initargs=(3, 'init')) as ex:
        print(ex.submit(scaled, 5).result())
        SEEN_AT_FORK = 'after'
        print(sorted(ex.map(scaled, [1, 2, 3])))
    print(CONFIG, SEEN_AT_FORK)
    try:
        ProcessPoolExecutor(1, initializer=42)
    except TypeError as e:
        print(type(e).__name__, e)
    with ProcessPoolExecutor(1, None, dict, ()) as ex:
        print(ex.submit(abs, -4).result())
