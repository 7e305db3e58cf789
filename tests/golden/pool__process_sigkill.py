# ProcessPoolExecutor: a worker killed mid-task breaks the pool; no zombie is left.
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def suicide(x):
    os.kill(os.getpid(), signal.SIGKILL)
    return x


def nap(x):
    import time
    time.sleep(0.2)
    return x


if __name__ == '__main__':
    ex = ProcessPoolExecutor(2)
    print(ex.submit(nap, 'warm').result())
    doomed = ex.submit(suicide, 1)
    try:
        doomed.result()
    except BrokenProcessPool as e:
        print(type(e).__name__, e)
    try:
        ex.submit(nap, 2)
    except BrokenProcessPool as e:
        print(type(e).__name__, e)
    ex.shutdown()
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError as e:
        print(type(e).__name__, e)
    with ProcessPoolExecutor(1) as ex:
        fs = [ex.submit(nap, 0), ex.submit(suicide, 1), ex.submit(nap, 2)]
        for f in fs:
            try:
                print('ok', f.result())
            except BrokenProcessPool as e:
                print(type(e).__name__)
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError as e:
        print(type(e).__name__, e)
    print(signal.SIGKILL == 9, isinstance(BrokenProcessPool(), RuntimeError))
