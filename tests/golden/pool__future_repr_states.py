import concurrent.futures as cf
import re
import threading

gate = threading.Event()

def wait_gate():
    gate.wait()
    return 'opened'

def fail():
    raise KeyError('missing')

def clean(r):
    return re.sub(r'0x[0-9a-f]+', '0x?', r)

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    a = ex.submit(wait_gate)
    b = ex.submit(fail)
    print(clean(repr(a)))
    print(clean(repr(b)))
    gate.set()
    print(a.result(), clean(repr(a)))
    cf.wait([b])
    print(clean(repr(b)))
    print(repr(b.exception()))
    c = ex.submit(lambda: None)
    c.result()
    print(clean(repr(c)))
    seen = []
    a.add_done_callback(lambda f: seen.append(('late', f.result())))
    print(seen)
