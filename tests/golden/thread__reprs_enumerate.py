import re
import threading
import time

stop = threading.Event()

def show(obj):
    print(re.sub(r'\d{6,}', 'IDENT', repr(obj)))

def idle():
    stop.wait()

t = threading.Thread(target=idle, name='idler', daemon=True)
show(t)
t.start()
show(t)
print(sorted(th.name for th in threading.enumerate()))
print(threading.active_count())
show(threading.main_thread())
print(t.ident is not None, t.native_id is not None, t.daemon)
stop.set()
t.join()
show(t)
print(threading.current_thread() is threading.main_thread())
lock = threading.Lock()
print(repr(lock).split(' object')[0], 'unlocked' in repr(lock))
rl = threading.RLock()
rl.acquire()
print(repr(rl).split(' owner')[0], 'count=1' in repr(rl))
rl.release()
ev = threading.Event()
print(repr(ev).split(' at ')[0])
sem = threading.Semaphore(2)
print(repr(sem).split(' at ')[0])
try:
    threading.Thread(target=idle).join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
