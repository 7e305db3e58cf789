import concurrent.futures as cf
import time

def task(n):
    time.sleep(0.05 * n)
    if n == 2:
        raise ValueError(f'task {n} exploded')
    return n * n

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(task, n): n for n in range(1, 5)}
    done, not_done = cf.wait(futs, return_when=cf.FIRST_EXCEPTION)
    print('done:', sorted(futs[f] for f in done))
    print('not done:', sorted(futs[f] for f in not_done))
    for f in sorted(done, key=futs.get):
        if f.exception():
            print(futs[f], 'raised', repr(f.exception()))
        else:
            print(futs[f], '->', f.result())
    done, not_done = cf.wait(not_done, return_when=cf.FIRST_COMPLETED)
    print('next:', sorted(futs[f] for f in done))
    done, not_done = cf.wait(futs, return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done))
    print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
    f = ex.submit(time.sleep, 1)
    done, not_done = cf.wait([f], timeout=0.1)
    print(len(done), len(not_done))
