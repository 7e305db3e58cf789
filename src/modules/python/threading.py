"""pyco's threading: green threads scheduled by the interpreter (see src/runtime.rs).

Threads switch only when one blocks (sleep, lock, event, queue, join), as CPython's
threads do around the GIL for I/O-bound code. Blocking is built on two primitives of
`_pyco`: park(key, timeout, reason) and unpark(key, n).
"""

import _pyco
import time as _time

__all__ = ['Thread', 'current_thread', 'currentThread', 'main_thread', 'get_ident', 'active_count',
           'activeCount', 'enumerate', 'Lock', 'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore',
           'Event', 'Timer', 'local', 'TIMEOUT_MAX', 'get_native_id', 'Barrier',
           'BrokenBarrierError', 'excepthook', 'ExceptHookArgs', 'ThreadError']

ThreadError = RuntimeError

TIMEOUT_MAX = 9223372036.0
_IDENT_BASE = 139938000000000
_keys = [1 << 42]
_counter = [0]
_active = {}
_shutdown_hooks = []


def _deprecated(old, advice):
    """CPython 3.11's DeprecationWarning for the camelCase aliases, blamed on the caller."""
    import warnings
    warnings.warn(f'{old}() is deprecated, {advice} instead', DeprecationWarning, stacklevel=3)


def _new_key():
    _keys[0] += 1
    return _keys[0]


def _display_ident(internal):
    return _IDENT_BASE + internal * 8392704


def _deadline(timeout):
    if timeout is None or timeout < 0:
        return None
    return _time.monotonic() + timeout


def _remaining(deadline):
    if deadline is None:
        return None
    return deadline - _time.monotonic()


def _wait_on(key, deadline, reason):
    """Park on key until woken or the deadline; False when the deadline passed."""
    remaining = _remaining(deadline)
    if remaining is not None and remaining <= 0:
        return False
    return _pyco.park(key, remaining, reason)


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        if not name:
            # Only threads without a name use up a number, as in CPython.
            _counter[0] += 1
            name = 'Thread-%d' % _counter[0]
            if target is not None:
                name += ' (%s)' % getattr(target, '__name__', '')
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self._name = str(name)
        self._daemon = daemon if daemon is not None else current_thread().daemon
        self._internal = None
        self._started = False
        self._finished = False

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        _pyco.start_thread(self._bootstrap, self._name, self._daemon)

    def _bootstrap(self):
        self._internal = _pyco.current_thread()
        _active[self._internal] = self
        try:
            self.run()
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        finally:
            self._finished = True
            _active.pop(self._internal, None)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        deadline = _deadline(timeout)
        while self._internal is not None and _pyco.thread_alive(self._internal):
            if not _wait_on(_pyco.thread_exit_key(self._internal), deadline, 'joining ' + self._name):
                if deadline is not None and _remaining(deadline) <= 0:
                    return

    def is_alive(self):
        return self._started and not self._finished

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        if self._internal is None:
            return None
        return _display_ident(self._internal)

    @property
    def native_id(self):
        return self.ident

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemon = bool(value)

    def isDaemon(self):
        _deprecated('isDaemon', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, value):
        _deprecated('setDaemon', 'set the daemon attribute')
        self.daemon = value

    def getName(self):
        _deprecated('getName', 'get the name attribute')
        return self.name

    def setName(self, value):
        _deprecated('setName', 'set the name attribute')
        self.name = value

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._finished:
            status = 'stopped'
        if self._daemon:
            status += ' daemon'
        if self._internal is not None:
            status += ' %s' % self.ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._internal = 0


_main = _MainThread()
_active[0] = _main


def current_thread():
    return _active.get(_pyco.current_thread(), _main)


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return _display_ident(_pyco.current_thread())


get_native_id = get_ident


def active_count():
    return len(_active)


def activeCount():
    _deprecated('activeCount', 'use active_count()')
    return active_count()


def enumerate():
    return list(_active.values())


def _register_atexit(func, *args, **kwargs):
    _shutdown_hooks.append((func, args, kwargs))


def _shutdown():
    """Called by the interpreter at exit: run exit hooks, then wait for non-daemon threads."""
    while _shutdown_hooks:
        func, args, kwargs = _shutdown_hooks.pop()
        func(*args, **kwargs)
    for t in list(_active.values()):
        if t is not _main and not t.daemon:
            t.join()


# CPython's threading.Lock is `_thread.allocate_lock`, a native lock type.
Lock = _pyco.allocate_lock
_LockType = _pyco.LockType
_allocate_lock = _pyco.allocate_lock


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0
        self._key = _new_key()

    def acquire(self, blocking=True, timeout=-1):
        me = _pyco.current_thread()
        if self._owner == me:
            self._count += 1
            return True
        if self._owner is None:
            self._owner, self._count = me, 1
            return True
        if not blocking:
            return False
        deadline = _deadline(timeout)
        while self._owner is not None:
            if not _wait_on(self._key, deadline, 'waiting for an RLock') and deadline is not None and _remaining(deadline) <= 0:
                return False
        self._owner, self._count = me, 1
        return True

    def __repr__(self):
        owner = 0 if self._owner is None else _display_ident(self._owner)
        return (f"<{'locked' if self._count else 'unlocked'} _thread.RLock object"
                f" owner={owner} count={self._count} at {id(self):#x}>")

    def release(self):
        if self._owner != _pyco.current_thread():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            _pyco.unpark(self._key, 1)

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._waiters = []
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def wait(self, timeout=None):
        return self._wait(timeout, 'waiting on a Condition')

    def _wait(self, timeout, reason):
        _keys[0] += 1
        key = _keys[0]
        self._waiters.append(key)
        lock = self._lock
        if type(lock) is _LockType:
            lock.release()
            try:
                woken = _pyco.park(key, timeout, reason)
            finally:
                lock.acquire()
        else:
            saved = self._release_all()
            try:
                woken = _pyco.park(key, timeout, reason)
            finally:
                self._reacquire(saved)
        if not woken and key in self._waiters:
            self._waiters.remove(key)
        return woken

    def _release_all(self):
        if isinstance(self._lock, RLock):
            count = self._lock._count
            self._lock._count = 1
            self._lock.release()
            return count
        self._lock.release()
        return 1

    def _reacquire(self, count):
        self._lock.acquire()
        if isinstance(self._lock, RLock):
            self._lock._count = count

    def wait_for(self, predicate, timeout=None):
        deadline = _deadline(timeout)
        result = predicate()
        while not result:
            remaining = _remaining(deadline)
            if remaining is not None and remaining <= 0:
                break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        waiters = self._waiters
        if not waiters:
            return
        for key in waiters[:n]:
            waiters.remove(key)
            _pyco.unpark(key)

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll', 'use notify_all()')
        self.notify_all()

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))


# Semaphore is native (src/modules/semaphore.rs); BoundedSemaphore derives from it.
Semaphore = _pyco.Semaphore


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        Semaphore.release(self, n)

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")


class Event:
    def __init__(self):
        self._flag = False
        self._key = _new_key()

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'use is_set()')
        return self._flag

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def set(self):
        self._flag = True
        _pyco.unpark(self._key)

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        deadline = _deadline(timeout)
        while not self._flag:
            if not _wait_on(self._key, deadline, 'waiting for an Event') and deadline is not None and _remaining(deadline) <= 0:
                break
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


# Barrier states.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """`parties` threads wait until all have arrived, then all go on together."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = type(self)
        where = f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}"
        if self.broken:
            return where + ": broken>"
        return where + f": waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A barrier still letting the previous round out (or resetting) is not
            # entered until it is empty again.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._open()
                else:
                    self._wait_for_open(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _open(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait_for_open(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Attributes private to each thread."""

    def __init__(self):
        object.__setattr__(self, '_pyco_data', {})

    def _ns(self):
        data = object.__getattribute__(self, '_pyco_data')
        return data.setdefault(_pyco.current_thread(), {})

    def __getattr__(self, name):
        ns = self._ns()
        if name in ns:
            return ns[name]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __setattr__(self, name, value):
        self._ns()[name] = value

    def __delattr__(self, name):
        del self._ns()[name]


class _ExceptHookArgs(tuple):
    """What `threading.excepthook` is given: exc_type, exc_value, exc_traceback, thread."""

    __slots__ = ()
    __module__ = '_thread'

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)'
                % tuple(self))


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception a thread's `run()` raised: `Exception in thread NAME:` and the
    traceback on stderr (`SystemExit` is silent)."""
    if args.exc_type is SystemExit:
        return
    import sys
    import traceback
    stderr = sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook
