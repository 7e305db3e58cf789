# pyco-normalise: thread-idents
import threading
import warnings

def clean(r):
    return r.split(' at 0x')[0] + (r[r.index(':'):] if ': ' in r[r.find(' at 0x'):] else '')

rl = threading.RLock()
print(clean(repr(rl)))
rl.acquire(); rl.acquire()
print(repr(rl).split(' owner=')[0], 'count=2' in repr(rl))
rl.release(); rl.release()
cond = threading.Condition()
print(repr(cond).startswith('<Condition(<unlocked _thread.RLock object owner=0 count=0 at'), repr(cond)[-4:])
cond2 = threading.Condition(threading.Lock())
print(repr(cond2).split(' object')[0], repr(cond2)[-4:])
ev = threading.Event()
print(clean(repr(ev)))
ev.set()
print(clean(repr(ev)))
print(clean(repr(threading.Semaphore(3))), clean(repr(threading.BoundedSemaphore(2))))
print(clean(repr(threading.Barrier(2))))

t = threading.Thread(target=print, args=('thread ran',), name='worker')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t.setName('renamed')
    print(t.getName(), t.isDaemon())
    t.setDaemon(True)
    print(threading.activeCount())
    print(ev.isSet())
    with cond:
        cond.notifyAll()
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
t.start()
t.join()
print(t.name, t.daemon)
