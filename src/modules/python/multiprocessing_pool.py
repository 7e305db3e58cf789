"""multiprocessing.pool: `Pool`, worker processes that run functions for the parent.

The workers are those of a `concurrent.futures.ProcessPoolExecutor` (forked children fed
one task at a time); each is named `ForkPoolWorker-N` as in CPython. Results come back as
`AsyncResult`s over the executor's futures.
"""

import threading
import _os
import multiprocessing as _mp
from concurrent.futures import Future, ThreadPoolExecutor, FIRST_COMPLETED
from concurrent.futures import wait as _wait_futures
from concurrent.futures.process import ProcessPoolExecutor

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult', 'IMapIterator']

RUN, CLOSE, TERMINATE = 0, 1, 2


def _worker_start(name, identity, initializer, initargs):
    """Runs first in each worker: it becomes a daemonic child named as CPython names it."""
    worker = _mp.Process(name=name, daemon=True)
    worker._identity = identity
    worker._parent_pid = _os.getppid()
    _mp._become(worker)
    if initializer is not None:
        initializer(*initargs)


class _Workers(ProcessPoolExecutor):
    def __init__(self, processes, initializer, initargs):
        super().__init__(processes)
        self._pool_initializer = initializer
        self._pool_initargs = initargs

    def _worker_setup(self, index):
        parent = _mp._current
        parent._children_made += 1
        identity = parent._identity + (parent._children_made,)
        name = 'ForkPoolWorker-' + ':'.join(str(i) for i in identity)
        return _worker_start, (name, identity, self._pool_initializer, self._pool_initargs)


def _star(fn, args):
    return fn(*args)


def _run_chunk(fn, chunk, star):
    return [fn(*args) if star else fn(args) for args in chunk]


class ApplyResult:
    """The result of `apply_async`: `get` waits for it (or re-raises the error)."""

    def __init__(self, future, callback=None, error_callback=None):
        self._future = future
        self._callback = callback
        self._error_callback = error_callback
        self._event = threading.Event()
        future.add_done_callback(self._done)

    def _done(self, future):
        try:
            value = self._value()
        except BaseException as e:
            if self._error_callback is not None:
                self._error_callback(e)
        else:
            if self._callback is not None:
                self._callback(value)
        self._event.set()

    def _value(self):
        return self._future.result()

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._future.exception() is None

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise _mp.TimeoutError
        return self._value()

    def __repr__(self):
        return '<multiprocessing.pool.%s object at %#x>' % (type(self).__name__, id(self))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of `map_async`: the chunks' results joined in order."""


class IMapIterator:
    """What `imap` and `imap_unordered` give: results as an iterator."""

    def __init__(self, futures, ordered):
        self._futures = futures
        self._ordered = ordered
        self._pending = list(futures)
        self._ready = []

    def __iter__(self):
        return self

    def next(self, timeout=None):
        while not self._ready:
            if not self._pending:
                raise StopIteration
            if self._ordered:
                f = self._pending[0]
                done, _ = _wait_futures([f], timeout)
            else:
                done, _ = _wait_futures(self._pending, timeout, return_when=FIRST_COMPLETED)
            if not done:
                raise _mp.TimeoutError
            ready = [f for f in self._pending if f in done]
            if self._ordered:
                ready = ready[:1]
            for f in ready:
                self._pending.remove(f)
                self._ready.extend(f.result())
        return self._ready.pop(0)

    __next__ = next


class Pool:
    """A pool of worker processes to which jobs can be submitted."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = _mp.cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
            raise ValueError("maxtasksperchild is not supported: pyco's pool workers "
                             "live as long as the pool")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._workers = self._make_workers(processes, initializer, initargs)
        self._state = RUN

    def _make_workers(self, processes, initializer, initargs):
        workers = _Workers(processes, initializer, initargs)
        workers._start()
        return workers

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._processes * 4)
            if extra:
                chunksize += 1
        if len(items) == 0:
            chunksize = 0
        chunksize = max(chunksize, 1)
        return [items[i:i + chunksize] for i in range(0, len(items), chunksize)]

    def _submit_chunks(self, func, iterable, chunksize, star):
        self._check_running()
        return [self._workers.submit(_run_chunk, func, chunk, star)
                for chunk in self._chunks(iterable, chunksize)]

    def apply(self, func, args=(), kwds={}):
        """Call func(*args, **kwds) in a worker and return its result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        future = self._workers.submit(func, *args, **kwds)
        return ApplyResult(future, callback, error_callback)

    def _map_async(self, func, iterable, chunksize, callback, error_callback, star):
        futures = self._submit_chunks(func, iterable, chunksize, star)
        return MapResult(_Gathered(futures).future, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers, in order."""
        return self.map_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, callback, error_callback, False)

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], computed by the workers, in order."""
        return self.starmap_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, chunksize, callback, error_callback, True)

    def imap(self, func, iterable, chunksize=1):
        """Results of func over iterable, in order, as they are ready."""
        return IMapIterator(self._submit_chunks(func, iterable, chunksize, False), True)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Results of func over iterable, in the order they finish."""
        return IMapIterator(self._submit_chunks(func, iterable, chunksize, False), False)

    def close(self):
        """Accept no more work; the workers exit when what was submitted is done."""
        if self._state == RUN:
            self._state = CLOSE
            self._workers.shutdown(wait=False)

    def terminate(self):
        """Stop the workers at once; unfinished work is dropped."""
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._workers.shutdown(wait=False, cancel_futures=True)
        for worker in getattr(self._workers, '_workers', ()):
            if not worker.reaped:
                try:
                    _os.kill(worker.pid, _mp._SIGTERM)
                except ProcessLookupError:
                    pass
        self._workers.shutdown(wait=True)

    def join(self):
        """Wait for the workers to exit (after `close` or `terminate`)."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._workers.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (state, self._processes)


class _Gathered:
    """One future for the joined results of chunk futures (the first error wins)."""

    def __init__(self, futures):
        self.future = Future()
        self._futures = futures
        self._left = len(futures)
        self._lock = threading.Lock()
        if not futures:
            self.future.set_result([])
        for f in futures:
            f.add_done_callback(self._one_done)

    def _one_done(self, f):
        with self._lock:
            self._left -= 1
            finished = self._left == 0
        if self.future.done():
            return
        error = f.exception()
        if error is not None:
            self.future.set_exception(error)
        elif finished:
            results = []
            for chunk in self._futures:
                results.extend(chunk.result())
            self.future.set_result(results)


class ThreadPool(Pool):
    """A `Pool` whose workers are threads of this process."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _make_workers(self, processes, initializer, initargs):
        return ThreadPoolExecutor(processes, initializer=initializer, initargs=initargs)

    def __repr__(self):
        return Pool.__repr__(self).replace('.Pool ', '.ThreadPool ')
