"""multiprocessing: processes made by `fork`, with queues, pipes, locks and a pool.

A `Process` is a forked child that runs its target and exits; the parent watches a
sentinel pipe (closed when the child ends) so `join` lets other green threads run while
it waits. Queues and connections carry objects serialized by `_pyco_wire` over pipes, in
the frames `concurrent.futures.process` uses. A lock or semaphore is a pipe holding one
byte per free permit: taking a byte acquires, writing one back releases, and a pipe is
shared by every process forked after it was made. Only the 'fork' start method exists.
"""

import sys
import threading
import collections
import queue as _queue
import time as _time
import _os
import _pyco
import _pyco_wire
from concurrent.futures.process import _read_frame, _write_frame

__all__ = ['Process', 'current_process', 'parent_process', 'active_children', 'cpu_count',
           'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Pool', 'TimeoutError', 'ProcessError', 'BufferTooShort',
           'AuthenticationError', 'get_start_method', 'set_start_method',
           'get_all_start_methods', 'get_context', 'freeze_support']

_SIGTERM = 15
_SIGKILL = 9
_WNOHANG = 1


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """The number of CPUs the machine has."""
    n = _pyco.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def freeze_support():
    """Only needed for frozen Windows executables: does nothing here."""


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


def _deadline(timeout):
    return None if timeout is None else _time.monotonic() + max(timeout, 0)


def _remaining(deadline):
    return None if deadline is None else max(deadline - _time.monotonic(), 0)


# --- processes ------------------------------------------------------------------------

class BaseProcess:
    """A process object: `start` forks a child that runs `run` (the target by default)."""

    _counter = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        parent = _current
        parent._children_made += 1
        self._identity = parent._identity + (parent._children_made,)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self).__name__ + '-'
                              + ':'.join(str(i) for i in self._identity))
        self._daemon = parent._daemon if daemon is None else daemon
        self._parent_pid = _os.getpid()
        self._parent_name = parent._name
        self._pid = None
        self._popen = False
        self._exitcode = None
        self._sentinel = None
        self._closed = False
        self._children_made = 0

    def run(self):
        """What the child does: call the target with the arguments."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        if self._popen:
            raise AssertionError('cannot start a process twice')
        if self._parent_pid != _os.getpid():
            raise AssertionError('can only start a process object created by current process')
        if _current._daemon:
            raise AssertionError('daemonic processes are not allowed to have children')
        _reap_finished()
        sentinel_r, sentinel_w = _os.pipe()
        pid = _os.fork()
        if pid == 0:
            _os.close(sentinel_r)
            self._bootstrap()
        _os.close(sentinel_w)
        self._pid = pid
        self._sentinel = sentinel_r
        self._popen = True
        _children.add(self)

    def _bootstrap(self):
        status = 1
        try:
            _become(self)
            try:
                self.run()
                status = 0
            except SystemExit as e:
                code = e.code
                if code is None:
                    status = 0
                elif isinstance(code, int):
                    status = code
                else:
                    sys.stderr.write(str(code) + '\n')
                    status = 1
            except BaseException:
                sys.stderr.write('Process %s:\n' % self._name)
                import traceback
                traceback.print_exc()
            _join_feeders()
            _exit_children()
        finally:
            _flush_std_streams()
            _os._exit(status)

    def _poll(self, block):
        if self._exitcode is None and self._popen:
            pid, status = _os.waitpid(self._pid, 0 if block else _WNOHANG)
            if pid != 0:
                self._exitcode = _exit_status(status)
                if self._sentinel is not None:
                    _os.close(self._sentinel)
                    self._sentinel = None
                _children.discard(self)
        return self._exitcode

    def join(self, timeout=None):
        """Wait until the process ends, or `timeout` seconds have passed."""
        self._check_closed()
        if self._parent_pid != _os.getpid():
            raise AssertionError('can only join a child process')
        if not self._popen:
            raise AssertionError('can only join a started process')
        if self._exitcode is not None:
            return
        if _pyco.wait_fd(self._sentinel, False, timeout, 'joining a process'):
            self._poll(True)

    def is_alive(self):
        self._check_closed()
        if self is _current:
            return True
        if not self._popen:
            return False
        return self._poll(False) is None

    def terminate(self):
        """Send SIGTERM to the process."""
        self._signal(_SIGTERM)

    def kill(self):
        """Send SIGKILL to the process."""
        self._signal(_SIGKILL)

    def _signal(self, sig):
        self._check_closed()
        if self._popen and self._exitcode is None:
            try:
                _os.kill(self._pid, sig)
            except ProcessLookupError:
                pass

    def close(self):
        """Release the process's resources; it must have finished."""
        if self._closed:
            return
        if self._popen and self._poll(False) is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        assert not self._popen, 'process has already started'
        self._daemon = bool(value)

    @property
    def pid(self):
        self._check_closed()
        return self._pid

    ident = pid

    @property
    def exitcode(self):
        self._check_closed()
        if not self._popen:
            return None
        return self._poll(False)

    @property
    def sentinel(self):
        self._check_closed()
        if self._sentinel is None:
            raise ValueError('process not started')
        return self._sentinel

    def __repr__(self):
        if self is _current:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif not self._popen:
            status = 'initial'
        else:
            code = self._poll(False)
            status = 'started' if code is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if status == 'stopped' and self._exitcode != 0:
            info.append('exitcode=%s' % _exit_name(self._exitcode))
        if self._daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


def _exit_status(status):
    if status & 0x7f == 0:
        return (status >> 8) & 0xff
    return -(status & 0x7f)


_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV',
                 13: 'SIGPIPE', 15: 'SIGTERM'}


def _exit_name(code):
    if code is not None and code < 0:
        return _SIGNAL_NAMES.get(-code, str(code))
    return code


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemon = False
        self._parent_pid = None
        self._pid = _os.getpid()
        self._popen = False
        self._exitcode = None
        self._sentinel = None
        self._closed = False
        self._children_made = 0
        self._target = None

    @property
    def pid(self):
        return _os.getpid()

    ident = pid

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._daemon = False
        self._popen = False
        self._exitcode = None
        self._closed = False

    def is_alive(self):
        try:
            _os.kill(self._pid, 0)
        except ProcessLookupError:
            return False
        return True

    def __repr__(self):
        return '<_ParentProcess name=%r parent=None unknown>' % self._name


_current = _MainProcess()
_parent = None
_children = set()


def _become(process):
    """In a new child: `process` is the running process, its parent the one that forked it."""
    global _current, _parent
    _children.clear()
    _parent = _ParentProcess(process._parent_name, process._parent_pid)
    _current = process
    process._pid = _os.getpid()
    process._popen = True


def current_process():
    """The process object of the running process."""
    return _current


def parent_process():
    """The process object of the process that started this one (None in the main one)."""
    return _parent


def _reap_finished():
    for p in list(_children):
        p._poll(False)


def active_children():
    """The children of this process that are still running."""
    _reap_finished()
    return list(_children)


def _exit_children():
    """At exit, as CPython does: daemonic children are terminated, the others joined."""
    for p in list(_children):
        if p._daemon and p._poll(False) is None:
            p.terminate()
    for p in list(_children):
        p.join()


threading._register_atexit(_exit_children)


# --- start methods and contexts -------------------------------------------------------

def get_all_start_methods():
    return ['fork']


def get_start_method(allow_none=False):
    return 'fork'


def set_start_method(method, force=False):
    if method not in (None, 'fork'):
        raise ValueError("cannot find context for %r: pyco starts processes with 'fork' "
                         "only" % method)


class _ForkContext:
    """What `get_context('fork')` returns: this module's API under one start method."""

    def get_start_method(self, allow_none=False):
        return 'fork'

    def __getattr__(self, name):
        if name in __all__:
            return globals()[name]
        raise AttributeError("'ForkContext' object has no attribute %r" % name)


_fork_context = _ForkContext()


def get_context(method=None):
    if method not in (None, 'fork'):
        raise ValueError("cannot find context for %r: pyco starts processes with 'fork' "
                         "only" % method)
    return _fork_context


# --- locks and semaphores over pipes ----------------------------------------------------

class _PipeSemaphore:
    """A counter of free permits shared by every process forked after it was made."""

    def __init__(self, value, kind):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._r, self._w = _os.pipe()
        self._kind = kind
        if value:
            _os.write(self._w, b'.' * value)

    def acquire(self, block=True, timeout=None):
        deadline = _deadline(timeout if block else 0)
        while True:
            if not _pyco.wait_fd(self._r, False, _remaining(deadline),
                                 'waiting for a %s' % self._kind):
                return False
            # Another process may take the permit first: then the read waits for the next.
            if _os.read(self._r, 1):
                return True

    def release(self):
        _os.write(self._w, b'.')

    def _is_zero(self):
        """True when no permit is free."""
        return not _pyco.wait_fd(self._r, False, 0, 'polling a %s' % self._kind)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s(fd=%d)>' % (type(self).__name__, self._r)


class Semaphore(_PipeSemaphore):
    def __init__(self, value=1):
        super().__init__(value, 'semaphore')


class BoundedSemaphore(_PipeSemaphore):
    def __init__(self, value=1):
        super().__init__(value, 'semaphore')


class Lock(_PipeSemaphore):
    def __init__(self):
        super().__init__(1, 'lock')


class RLock(_PipeSemaphore):
    """A lock the process and thread holding it may take again."""

    def __init__(self):
        super().__init__(1, 'lock')
        self._owner = None
        self._count = 0

    def acquire(self, block=True, timeout=None):
        me = (_os.getpid(), threading.get_ident())
        if self._owner == me:
            self._count += 1
            return True
        if not super().acquire(block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != (_os.getpid(), threading.get_ident()):
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            super().release()


# --- connections and pipes ------------------------------------------------------------

class Connection:
    """One end of a `Pipe`: objects (or bytes) sent whole and received whole."""

    def __init__(self, read_fd, write_fd):
        self._r = read_fd
        self._w = write_fd
        self.readable = read_fd is not None
        self.writable = write_fd is not None

    def _check(self, need_read=False, need_write=False):
        if self._r is None and self._w is None:
            raise OSError('handle is closed')
        if need_read and not self.readable:
            raise OSError('connection is write-only')
        if need_write and not self.writable:
            raise OSError('connection is read-only')

    def send_bytes(self, buf, offset=0, size=None):
        self._check(need_write=True)
        data = bytes(buf)
        if size is None:
            size = len(data) - offset
        _write_frame(self._w, data[offset:offset + size], 'sending on a connection')

    def recv_bytes(self, maxlength=None):
        self._check(need_read=True)
        data = _read_frame(self._r, 'receiving on a connection')
        if data is None:
            raise EOFError
        if maxlength is not None and len(data) > maxlength:
            raise OSError('bad message length')
        return data

    def send(self, obj):
        """Send an object to the other end."""
        self.send_bytes(_pyco_wire.dumps(obj))

    def recv(self):
        """Receive an object the other end sent (EOFError once it is closed)."""
        return _pyco_wire.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        """True when there is something to receive (waiting up to `timeout` seconds)."""
        self._check(need_read=True)
        return _pyco.wait_fd(self._r, False, timeout, 'polling a connection')

    def fileno(self):
        self._check()
        return self._r if self._r is not None else self._w

    def close(self):
        for fd in {self._r, self._w} - {None}:
            _os.close(fd)
        self._r = self._w = None

    @property
    def closed(self):
        return self._r is None and self._w is None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    """A pair of connected `Connection`s: both ends send and receive, or (duplex=False)
    the first only receives and the second only sends."""
    r1, w1 = _os.pipe()
    if not duplex:
        return Connection(r1, None), Connection(None, w1)
    r2, w2 = _os.pipe()
    return Connection(r1, w2), Connection(r2, w1)


# --- queues ---------------------------------------------------------------------------

_feeders = []
_MAX_BOUND = 65536


def _join_feeders():
    for q in list(_feeders):
        q.join_thread()


class Queue:
    """A FIFO queue shared by processes. `put` never blocks: a feeder thread writes the
    objects into the pipe, as in CPython."""

    def __init__(self, maxsize=0):
        # Free slots are bytes in a pipe, which holds 64 KiB: a larger bound is no bound.
        self._slots = BoundedSemaphore(maxsize) if 0 < maxsize <= _MAX_BOUND else None
        self._r, self._w = _os.pipe()
        self._rlock = Lock()
        self._buffer = collections.deque()
        self._cond = threading.Condition()
        self._feeder = None
        self._pid = _os.getpid()
        self._closed = False

    def _after_fork(self):
        self._buffer = collections.deque()
        self._cond = threading.Condition()
        self._feeder = None
        self._pid = _os.getpid()

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        if self._slots is not None and not self._slots.acquire(block, timeout):
            raise _queue.Full
        if self._pid != _os.getpid():
            self._after_fork()
        payload = _pyco_wire.dumps(obj)
        with self._cond:
            self._buffer.append(payload)
            if self._feeder is None or not self._feeder.is_alive():
                self._feeder = threading.Thread(target=self._feed, name='QueueFeederThread')
                self._feeder.start()
                if self not in _feeders:
                    _feeders.append(self)

    def _feed(self):
        while True:
            with self._cond:
                if not self._buffer:
                    self._feeder = None
                    return
                payload = self._buffer.popleft()
            _write_frame(self._w, payload, 'feeding a queue')

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        deadline = _deadline(timeout if block else 0)
        if not self._rlock.acquire(True, _remaining(deadline)):
            raise _queue.Empty
        try:
            if not _pyco.wait_fd(self._r, False, _remaining(deadline), 'waiting on a queue'):
                raise _queue.Empty
            payload = _read_frame(self._r, 'reading a queue')
        finally:
            self._rlock.release()
        if self._slots is not None:
            self._slots.release()
        return _pyco_wire.loads(payload)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not _pyco.wait_fd(self._r, False, 0, 'polling a queue')

    def full(self):
        return self._slots is not None and self._slots._is_zero()

    def qsize(self):
        raise NotImplementedError('qsize() is not available: pipes do not count objects')

    def close(self):
        self._closed = True

    def join_thread(self):
        """Wait until everything this process put has been written to the pipe."""
        feeder = self._feeder
        if feeder is not None and self._pid == _os.getpid():
            feeder.join()

    def cancel_join_thread(self):
        if self in _feeders:
            _feeders.remove(self)

    def __repr__(self):
        return '<multiprocessing.queues.Queue object at %#x>' % id(self)


class SimpleQueue(Queue):
    """A queue without a size limit whose `put` writes the pipe itself."""

    def __init__(self):
        Queue.__init__(self)

    def put(self, obj):
        _write_frame(self._w, _pyco_wire.dumps(obj), 'writing a queue')

    def get(self):
        return Queue.get(self)


class JoinableQueue(Queue):
    """A queue whose `join` waits until every item put has been marked `task_done`."""

    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._all_done_r, self._all_done_w = _os.pipe()
        self._count_lock = Lock()
        self._count_r, self._count_w = _os.pipe()
        _os.write(self._count_w, (0).to_bytes(8, 'big'))

    def _add(self, n):
        with self._count_lock:
            count = int.from_bytes(_os.read(self._count_r, 8), 'big') + n
            if count < 0:
                _os.write(self._count_w, (0).to_bytes(8, 'big'))
                raise ValueError('task_done() called too many times')
            _os.write(self._count_w, count.to_bytes(8, 'big'))
            return count

    def put(self, obj, block=True, timeout=None):
        self._add(1)
        Queue.put(self, obj, block, timeout)

    def task_done(self):
        if self._add(-1) == 0:
            _os.write(self._all_done_w, b'.')

    def join(self):
        while True:
            with self._count_lock:
                count = int.from_bytes(_os.read(self._count_r, 8), 'big')
                _os.write(self._count_w, count.to_bytes(8, 'big'))
            if count == 0:
                return
            _pyco.wait_fd(self._all_done_r, False, None, 'joining a queue')
            _os.read(self._all_done_r, 1)


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes (see `multiprocessing.pool.Pool`)."""
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)
