"""concurrent.futures.process: ProcessPoolExecutor, a pool of forked worker processes.

Each worker is a child made by `fork` (so it shares the parent's module state as of the
first `submit`), with a pipe for tasks and a pipe for results. In the parent, one green
thread per worker hands it one task at a time and waits (`_pyco.wait_fd`, so the other
threads run meanwhile) for the reply. Calls and results travel serialized by
`_pyco_wire`: functions and classes by module-qualified name, values by content.
A worker that dies breaks the pool: its task and every pending one fail with
BrokenProcessPool, the other workers are killed, and every child is reaped.
"""

import threading
import queue
import time as _time
import _os
import _pyco
import _pyco_wire
from concurrent.futures import Future, Executor, BrokenExecutor, _result_or_cancel

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

_SIGKILL = 9
_HEADER = 8
_READ_CHUNK = 1 << 20

_TERMINATED = ('A process in the process pool was terminated abruptly while the future '
               'was running or pending.')
_BROKEN = 'A child process terminated abruptly, the process pool is not usable anymore'


class BrokenProcessPool(BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly while a future
    was in the running state."""


# The parent's ends of every live worker's pipes: a new child closes them all, so that
# each worker sees end-of-file when the parent closes its task pipe.
_parent_fds = set()
_live_executors = []
_global_shutdown = False


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    for executor in list(_live_executors):
        executor.shutdown(wait=True)


threading._register_atexit(_python_exit)


# --- framing over pipes ---------------------------------------------------------------

def _read_exact(fd, n, reason):
    """n bytes from fd, or None at end of file; other green threads run while it waits."""
    chunks = []
    while n > 0:
        _pyco.wait_fd(fd, False, None, reason)
        data = _os.read(fd, min(n, _READ_CHUNK))
        if not data:
            return None
        chunks.append(data)
        n -= len(data)
    return b''.join(chunks)


def _read_frame(fd, reason):
    head = _read_exact(fd, _HEADER, reason)
    if head is None:
        return None
    return _read_exact(fd, int.from_bytes(head, 'big'), reason)


def _write_frame(fd, payload, reason):
    data = len(payload).to_bytes(_HEADER, 'big') + payload
    while data:
        _pyco.wait_fd(fd, True, None, reason)
        n = _os.write(fd, data)
        data = data[n:]


# --- the worker process ---------------------------------------------------------------

def _process_chunk(fn, chunk):
    """Run fn over a chunk of argument tuples (what `map` sends as one task)."""
    return [fn(*args) for args in chunk]


def _reply(ok, value):
    try:
        return _pyco_wire.dumps((ok, value))
    except BaseException as e:
        try:
            return _pyco_wire.dumps((False, e))
        except BaseException:
            return _pyco_wire.dumps((False, _pyco_wire.PicklingError(
                "Can't pickle the result or exception of type %s" % type(value).__name__)))


def _worker_main(task_r, result_w, initializer, initargs):
    """The child's whole life: run tasks until the task pipe closes, then exit."""
    status = 0
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                import sys
                import traceback
                sys.stderr.write('Exception in initializer:\n')
                traceback.print_exc()
                status = 1
                return
        while True:
            payload = _read_frame(task_r, 'waiting for a task')
            if payload is None:
                return
            try:
                fn, args, kwargs = _pyco_wire.loads(payload)
                reply = _reply(True, fn(*args, **kwargs))
            except BaseException as e:
                reply = _reply(False, e)
            del payload
            _write_frame(result_w, reply, 'sending a result')
    except BaseException:
        status = 1
    finally:
        _os._exit(status)


class _Worker:
    """The parent's view of one worker process."""

    def __init__(self, pid, task_w, result_r):
        self.pid = pid
        self.task_w = task_w
        self.result_r = result_r
        self.thread = None
        self.reaped = False

    def close_task_pipe(self):
        if self.task_w is not None:
            _parent_fds.discard(self.task_w)
            _os.close(self.task_w)
            self.task_w = None

    def reap(self):
        """Wait for the process to end (after its result pipe closed) and release it."""
        self.close_task_pipe()
        if self.result_r is not None:
            while _read_exact(self.result_r, _READ_CHUNK, 'waiting for a worker to exit'):
                pass
            _parent_fds.discard(self.result_r)
            _os.close(self.result_r)
            self.result_r = None
        if not self.reaped:
            self.reaped = True
            try:
                _os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass


def _spawn(initializer, initargs):
    task_r, task_w = _os.pipe()
    result_r, result_w = _os.pipe()
    pid = _os.fork()
    if pid == 0:
        for fd in (task_w, result_r, *_parent_fds):
            _os.close(fd)
        _parent_fds.clear()
        del _live_executors[:]
        _worker_main(task_r, result_w, initializer, initargs)
    _os.close(task_r)
    _os.close(result_w)
    _parent_fds.add(task_w)
    _parent_fds.add(result_r)
    return _Worker(pid, task_w, result_r)


class _Task:
    def __init__(self, future, payload):
        self.future = future
        self.payload = payload


def _serve(executor, worker):
    """A parent green thread: feed `worker` tasks one at a time and collect the results."""
    while True:
        task = executor._tasks.get()
        if task is None:
            break
        if executor._broken:
            task.future.set_exception(BrokenProcessPool(_TERMINATED))
            continue
        if not task.future.set_running_or_notify_cancel():
            continue
        try:
            _write_frame(worker.task_w, task.payload, 'sending a task')
            reply = _read_frame(worker.result_r, 'waiting for a worker process')
        except OSError:
            reply = None
        if reply is None:
            executor._worker_died(worker, task.future)
            return
        try:
            ok, value = _pyco_wire.loads(reply)
        except BaseException as e:
            ok, value = False, e
        if ok:
            task.future.set_result(value)
        else:
            task.future.set_exception(value)
        del task, reply, value
    worker.reap()


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _pyco.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if mp_context is not None:
            method = mp_context.get_start_method(allow_none=False)
            if method != 'fork':
                raise ValueError("pyco's ProcessPoolExecutor only starts workers with "
                                 "'fork', not %r" % method)
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            raise ValueError("max_tasks_per_child is not supported: pyco's workers are "
                             "started with 'fork' only")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._tasks = queue.SimpleQueue()
        self._workers = []
        self._broken = False
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()

    def _start(self):
        if self._workers:
            return
        _live_executors.append(self)
        for i in range(self._max_workers):
            worker = _spawn(*self._worker_setup(i))
            self._workers.append(worker)
            worker.thread = threading.Thread(
                target=_serve, args=(self, worker), name='ProcessPoolExecutor worker %d' % i,
                daemon=True)
            worker.thread.start()

    def _worker_setup(self, index):
        """The initializer and its arguments for worker number `index`."""
        return self._initializer, self._initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            f._what = 'Future running ' + getattr(fn, '__name__', repr(fn))
            try:
                payload = _pyco_wire.dumps((fn, args, kwargs))
            except Exception as e:
                f.set_exception(e)
                return f
            self._start()
            self._tasks.put(_Task(f, payload))
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        it = zip(*iterables)
        fs = []
        while True:
            chunk = []
            for args in it:
                chunk.append(args)
                if len(chunk) == chunksize:
                    break
            if not chunk:
                break
            fs.append(self.submit(_process_chunk, fn, chunk))

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        results = _result_or_cancel(fs.pop())
                    else:
                        results = _result_or_cancel(fs.pop(), end_time - _time.monotonic())
                    results.reverse()
                    while results:
                        yield results.pop()
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def _worker_died(self, worker, future):
        """`worker` exited while running `future`: the pool is broken."""
        worker.reap()
        future.set_exception(BrokenProcessPool(_TERMINATED))
        if self._broken:
            return
        self._broken = _BROKEN
        while True:
            try:
                task = self._tasks.get_nowait()
            except queue.Empty:
                break
            if task is not None and task.future.set_running_or_notify_cancel():
                task.future.set_exception(BrokenProcessPool(_TERMINATED))
        for other in self._workers:
            if other is not worker and not other.reaped:
                try:
                    _os.kill(other.pid, _SIGKILL)
                except ProcessLookupError:
                    pass
                self._tasks.put(None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            if cancel_futures:
                stops = 0
                while True:
                    try:
                        task = self._tasks.get_nowait()
                    except queue.Empty:
                        break
                    if task is None:
                        stops += 1
                    else:
                        task.future.cancel()
                for _ in range(stops):
                    self._tasks.put(None)
            if not self._shutdown_thread:
                self._shutdown_thread = True
                for _ in self._workers:
                    self._tasks.put(None)
        if wait:
            for worker in self._workers:
                worker.thread.join()
            if self in _live_executors:
                _live_executors.remove(self)
