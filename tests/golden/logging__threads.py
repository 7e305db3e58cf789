# Records made in threads carry the thread's name; handlers are shared safely between
# threads and thread pools.
import sys
import threading
import logging
from concurrent.futures import ThreadPoolExecutor

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(threadName)s %(name)s %(levelname)s %(funcName)s: %(message)s')
log = logging.getLogger('worker')
log.info('main starts')

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append((record.threadName, record.getMessage(),
                        record.thread == threading.get_ident(),
                        record.thread is not None))


keep = Keep()
log.addHandler(keep)


def job(n):
    log.debug('job %d running', n)
    return n * n


threads = [threading.Thread(target=job, args=(i,), name='T%d' % i) for i in range(3)]
for t in threads:
    t.start()
    t.join()

t = threading.Thread(target=job, args=(9,))
t.start()
t.join()


def collect(results):
    log.info('collected %s', results)


with ThreadPoolExecutor(max_workers=1, thread_name_prefix='pool') as ex:
    results = list(ex.map(job, [4, 5]))
    ex.submit(collect, results).result()

log.removeHandler(keep)
for r in records:
    print(r)

# Many threads logging at once: every line arrives whole.
lines = []


class Lines(logging.Handler):
    def emit(self, record):
        lines.append(self.format(record))


h = Lines()
h.setFormatter(logging.Formatter('%(threadName)s:%(message)s'))
busy = logging.getLogger('busy')
busy.propagate = False
busy.addHandler(h)


def chatter(k):
    for i in range(5):
        busy.warning('%d-%d', k, i)


ts = [threading.Thread(target=chatter, args=(k,), name='C%d' % k) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(lines), sorted(lines) == sorted('C%d:%d-%d' % (k, k, i)
                                          for k in range(4) for i in range(5)))
print(sorted(set(l.split(':')[0] for l in lines)))
log.info('main ends in %s', threading.current_thread().name)
