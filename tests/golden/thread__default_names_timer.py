import threading
import time

def worker():
    pass

threads = [threading.Thread(target=worker) for _ in range(2)]
threads.append(threading.Thread(target=lambda: None))
class Custom(threading.Thread):
    def run(self):
        pass
threads.append(Custom())
threads.append(threading.Thread())
for t in threads:
    print(t.name)
for t in threads:
    t.start()
    t.join()
fired = []
timer = threading.Timer(0.5, fired.append, args=['fired'])
timer.start()
time.sleep(0.05)
timer.cancel()
timer.join()
print('cancelled timer', fired, timer.is_alive())
def record(what='?', suffix=''):
    fired.append(what + suffix)
t2 = threading.Timer(0.01, record, args=['kw'], kwargs={'suffix': '!'})
t2.start(); t2.join()
print(fired, t2.name.startswith('Thread-'))
try:
    threading.Thread(target=worker, bogus=1)
except TypeError as e:
    print('TypeError:', e)
import queue
q = queue.Queue()
q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
print(q.unfinished_tasks, q.empty(), q.qsize())
