# Subclasses of asyncio.Queue: overridden storage hooks are used by put/get, and the
# put/get coroutines can be driven by hand (send, throw, close).
import asyncio
from collections import deque


class UniqueQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = deque()
        self.seen = set()

    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self._queue.append(item)


class LoggingQueue(asyncio.LifoQueue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.log = []

    def _put(self, item):
        self.log.append(('put', item))
        super()._put(item)

    def _get(self):
        item = super()._get()
        self.log.append(('get', item))
        return item


class Sized(asyncio.PriorityQueue):
    def full(self):
        return self.qsize() >= 2


class Plain(asyncio.Queue):
    label = 'plain'


async def main():
    u = UniqueQueue()
    for x in [1, 2, 1, 3, 2]:
        await u.put(x)
    print(u.qsize(), u.empty(), type(u._queue).__name__, str(u))
    print([await u.get() for _ in range(u.qsize())], sorted(u.seen))

    lg = LoggingQueue(2)
    await lg.put('a')
    lg.put_nowait('b')
    print(lg.full(), await lg.get(), lg.get_nowait(), lg.log, type(lg._queue).__name__)

    s = Sized()
    s.put_nowait(5)
    s.put_nowait(1)
    try:
        s.put_nowait(0)
    except asyncio.QueueFull:
        print('full at', s.qsize())
    waiter = asyncio.create_task(s.put(3))
    await asyncio.sleep(0)
    print(s.get_nowait(), waiter.done())
    await waiter
    print(s.get_nowait(), s.get_nowait())

    p = Plain(1)
    p.extra = 1
    await p.put('x')
    print(p.label, p.extra, p.full(), str(p), isinstance(p, asyncio.Queue))

    # Driving the coroutines by hand.
    q = asyncio.Queue()
    c = q.get()
    fut = c.send(None)
    print(type(fut).__name__, fut.done(), len(q._getters))
    q.put_nowait('hi')
    try:
        c.send(None)
    except StopIteration as e:
        print('returned', e.value)
    c = q.get()
    c.send(None)
    try:
        c.throw(KeyError('boom'))
    except KeyError as e:
        print('KeyError', e, len(q._getters))
    c = q.get()
    c.send(None)
    c.close()
    print('closed', len(q._getters))
    try:
        c.send(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    c = q.put(1)
    try:
        c.send(2)
    except TypeError as e:
        print('TypeError', e)
    c.close()


asyncio.run(main())
