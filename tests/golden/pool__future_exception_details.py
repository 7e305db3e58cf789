from concurrent.futures import ThreadPoolExecutor, Future, wait
import traceback
import sys

def divide(a, b):
    return a / b

def nested():
    return divide(1, 0)

with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(nested)
    wait([f])
    exc = f.exception()
    print(type(exc).__name__, exc, exc.__traceback__ is not None)
    print(f.done(), f.cancelled(), f.running())
    try:
        f.result()
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print([fr.name for fr in tb if fr.filename == __file__])
    futs = [ex.submit(divide, 10, d) for d in (1, 2, 0, 5)]
    out = []
    for fut in futs:
        try:
            out.append(fut.result())
        except ZeroDivisionError:
            out.append('inf')
    print(out)
    seen = []
    def cb(fut):
        seen.append(fut.exception().__class__.__name__ if fut.exception() else fut.result())
    g = ex.submit(divide, 1, 0)
    g.add_done_callback(cb)
    wait([g])
    h = ex.submit(divide, 9, 3)
    wait([h])
    h.add_done_callback(cb)
    print('callbacks saw', seen)
f2 = Future()
f2.set_exception(KeyError('k'))
print(repr(f2.exception()), f2.done())
try:
    f2.set_exception(KeyError('again'))
except Exception as e:
    print(type(e).__name__, e)
