# logging.handlers: QueueHandler and QueueListener across threads, MemoryHandler and
# BufferingHandler, RotatingFileHandler in a temporary directory.
import os
import sys
import queue
import tempfile
import threading
import logging
import logging.handlers
from logging.handlers import QueueHandler, QueueListener

print(logging.handlers.QueueHandler is QueueHandler)

# Worker threads log through a queue; one listener thread writes the records.
q = queue.Queue()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(threadName)s %(levelname)s %(message)s'))
listener = QueueListener(q, out)
qh = QueueHandler(q)
log = logging.getLogger('queued')
log.propagate = False
log.addHandler(qh)
listener.start()


def work(n):
    log.warning('job %d', n)


ts = [threading.Thread(target=work, args=(i,), name='W%d' % i) for i in range(3)]
for t in ts:
    t.start()
    t.join()
try:
    raise ValueError('in the queue')
except ValueError:
    log.exception('formatted before queuing')
listener.stop()
print(q.empty(), listener._thread)

# prepare() merges the message and drops what cannot travel.
rec = logging.makeLogRecord({'msg': 'a %s', 'args': ('b',), 'exc_info': None})
prepared = QueueHandler(queue.Queue()).prepare(rec)
print(prepared.msg, prepared.args, prepared.message, prepared is rec, rec.args)

# respect_handler_level: the listener checks each handler's level.
q2 = queue.Queue()
picky = logging.StreamHandler(sys.stdout)
picky.setLevel(logging.ERROR)
picky.setFormatter(logging.Formatter('picky: %(message)s'))
lst = QueueListener(q2, picky, respect_handler_level=True)
lst.start()
log.removeHandler(qh)
log.addHandler(QueueHandler(q2))
log.warning('below the handler level')
log.error('at the handler level')
lst.stop()

# MemoryHandler: buffered until capacity or flushLevel, then passed to the target.
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('mem: %(levelname)s %(message)s'))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger('mem')
ml.propagate = False
ml.addHandler(mem)
ml.warning('one')
ml.warning('two')
print('buffered', len(mem.buffer))
ml.warning('three fills the buffer')
print('buffered', len(mem.buffer))
ml.warning('four')
ml.error('an error flushes')
ml.warning('left for close')
mem.close()
print(mem.target, len(mem.buffer))
buf = logging.handlers.BufferingHandler(2)
ml.removeHandler(mem)
ml.addHandler(buf)
ml.warning('kept')
print(len(buf.buffer), buf.shouldFlush(None))
ml.warning('dropped with the first at capacity')
print(len(buf.buffer))

# RotatingFileHandler: a new file before the size would be reached.
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'rot.log')
rh = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter('%(message)s'))
rl = logging.getLogger('rot')
rl.propagate = False
rl.addHandler(rh)
for i in range(7):
    rl.warning('message number %d', i)
rh.close()
for name in sorted(os.listdir(tmp)):
    with open(os.path.join(tmp, name)) as f:
        print(name, repr(f.read()))
named = logging.handlers.RotatingFileHandler(path, maxBytes=20, backupCount=1)
named.namer = lambda name: name + '.old'
rl.removeHandler(rh)
rl.addHandler(named)
rl.warning('0123456789')
rl.warning('0123456789')
named.close()
print(sorted(os.listdir(tmp)))
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)

# Records still buffered at exit are flushed when logging shuts down.
late = logging.handlers.MemoryHandler(10, target=target)
ml.addHandler(late)
ml.warning('flushed at exit')
print('end of program')
