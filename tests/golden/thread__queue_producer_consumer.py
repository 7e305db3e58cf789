import queue
import threading

q = queue.Queue(maxsize=3)
out = []

def producer():
    for i in range(8):
        q.put(i)
    q.put(None)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * item)
        q.task_done()

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start(); c.start()
q.join()
p.join(); c.join()
print(out)
try:
    q.get(timeout=0.05)
except queue.Empty:
    print('Empty after timeout')
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e))
for i in range(3):
    q.put_nowait(i)
try:
    q.put(99, timeout=0.05)
except queue.Full:
    print('Full', q.qsize(), q.full())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 3]:
    lq.put(x); pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
