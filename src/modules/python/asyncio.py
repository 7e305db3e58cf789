"""pyco's asyncio: a single-threaded event loop.

The hot core is native, in the `_asyncio` module (src/modules/asyncio/), as CPython's
`_asyncio` accelerator is: `Future`, `Task` (stepping its coroutine), `Handle` and
`TimerHandle`, and the loop's ready queue, timer heap and run-once step. This file is the
rest of the API, modelled on CPython's pure-Python asyncio (3.11), with Python 3.7
behaviour where the two differ and the old API still makes sense: `get_event_loop()`
creates a loop on first use, `asyncio.coroutine` exists, and `wait()` accepts bare
coroutines.

The loop runs ready callbacks in FIFO order; with nothing ready it parks its green thread
until the next timer (in pyco's clock, virtual under --virtual-time) or until a watched
socket is ready, so pyco's scheduler runs other green threads meanwhile, or reports that
the program waits forever. Sockets, transports and servers are asyncio.selector_events
(asyncio_selector_events.py), streams are asyncio.streams (asyncio_streams.py); both are
imported at the end of this file.
"""

import functools
import reprlib
import sys
import time as _time
import _pyco
import _asyncio

_FunctionType = type(lambda: None)

__all__ = [
    'CancelledError', 'TimeoutError', 'InvalidStateError', 'IncompleteReadError',
    'Future', 'Task', 'Handle', 'TimerHandle', 'AbstractEventLoop', 'BaseEventLoop',
    'get_event_loop', 'new_event_loop', 'set_event_loop', 'get_running_loop', 'run',
    'sleep', 'ensure_future', 'create_task', 'gather', 'wait', 'wait_for', 'shield',
    'as_completed', 'current_task', 'all_tasks', 'Queue', 'PriorityQueue', 'LifoQueue',
    'QueueEmpty', 'QueueFull', 'Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'BrokenBarrierError',
    'Condition', 'coroutine', 'iscoroutine', 'iscoroutinefunction', 'isfuture',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'Timeout', 'timeout',
    'timeout_at', 'LimitOverrunError', 'BaseProtocol', 'Protocol', 'BufferedProtocol',
    'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'Server',
    'StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
    'start_server',
]


# ---------------------------------------------------------------- exceptions

class CancelledError(BaseException):
    """The Future or Task was cancelled."""

    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError   # asyncio.TimeoutError is the built-in one since 3.11


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""

    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, f'{len(partial)} bytes read on a total of '
                                f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""

    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""

    __module__ = 'asyncio.queues'


# ---------------------------------------------------------------- helpers

def _callable_name(fn):
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
    if not name:
        return repr(fn)
    if '.' not in name and type(getattr(fn, '__func__', None)).__name__ == 'builtin_function_or_method':
        # A method of a native type: CPython qualifies it with its object's type.
        return type(fn.__self__).__qualname__ + '.' + name
    return name


def _format_args_and_kwargs(args, kwargs):
    """`(a, b, k=v)` with each value shortened by reprlib, as asyncio's reprs show calls."""
    items = [reprlib.repr(a) for a in args or ()]
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(fn, args, kwargs=None, suffix=''):
    """A callback as a call: a partial shows its own arguments, then the call's."""
    if isinstance(fn, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(fn.func, fn.args, fn.keywords, suffix)
    return _callable_name(fn) + _format_args_and_kwargs(args, kwargs) + suffix


def _function_source(fn):
    """(file, first line) of a Python function (through wrappers and partials), else None."""
    while hasattr(fn, '__wrapped__'):
        fn = fn.__wrapped__
    if isinstance(fn, _FunctionType):
        return fn.__code__.co_filename, fn.__code__.co_firstlineno
    if isinstance(fn, (functools.partial, functools.partialmethod)):
        return _function_source(fn.func)
    return None


def _format_callback_source(fn, args):
    text = _format_callback(fn, args)
    source = _function_source(fn)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_callbacks(callbacks):
    """`cb=[...]`: the first and last callbacks, with how many are between."""
    shown = [_format_callback_source(cb, ()) for cb in callbacks]
    if len(shown) > 2:
        shown = [shown[0], f'<{len(shown) - 2} more>', shown[-1]]
    return 'cb=[' + ', '.join(shown) + ']'


def _coro_repr(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        return repr(coro)
    return name + '()'


def _format_exception(exc):
    try:
        import _pyco_lib
        return _pyco_lib.format_exception(exc)
    except Exception:
        text = str(exc)
        return type(exc).__name__ + (': ' + text if text else '') + '\n'


def iscoroutine(obj):
    """True for coroutine objects, (as in Python 3.7) generator objects, and objects
    with the Coroutine ABC's methods (send, throw, close, __await__), such as sleep()."""
    t = type(obj)
    name = t.__name__
    if name == 'coroutine' or name == 'generator':
        return True
    return (hasattr(t, 'send') and hasattr(t, 'throw') and hasattr(t, 'close')
            and hasattr(t, '__await__'))


def iscoroutinefunction(func):
    return (_pyco.is_coroutine_function(func)
            or getattr(func, '_is_coroutine', None) is _is_coroutine)


_is_coroutine = object()


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


def coroutine(func):
    """Decorator marking a generator-based coroutine (deprecated in 3.8, removed in 3.11).

    Calling the result returns a generator that `await` and `yield from` accept.
    """
    if _pyco.is_coroutine_function(func):
        return func

    def coro(*args, **kwargs):
        res = func(*args, **kwargs)
        if type(res).__name__ == 'generator':
            return _pyco.iterable_coroutine(res)
        if isfuture(res) or type(res).__name__ == 'coroutine' or hasattr(res, '__await__'):
            return _pyco.iterable_coroutine(_await_wrapper(res))
        return _pyco.iterable_coroutine(_return_wrapper(res))

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(coro, attr, getattr(func, attr))
        except AttributeError:
            pass
    coro.__wrapped__ = func
    coro._is_coroutine = _is_coroutine
    return coro


def _await_wrapper(res):
    if type(res).__name__ == 'coroutine':
        return (yield from res)
    return (yield from res.__await__())


def _return_wrapper(res):
    return res
    yield


# ---------------------------------------------------------------- handles

Handle = _asyncio.Handle
TimerHandle = _asyncio.TimerHandle


# ---------------------------------------------------------------- futures

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


Future = _asyncio.Future


def _future_repr_info(self):
    info = [type(self).__name__, self._state.lower()]
    if self._state == _FINISHED:
        if self._exception is not None:
            info.append('exception=' + repr(self._exception))
        else:
            info.append('result=' + reprlib.repr(self._result))
    if self._callbacks:
        info.append(_format_callbacks(self._callbacks))
    return info


def _get_loop(fut):
    get = getattr(fut, 'get_loop', None)
    if get is not None:
        return get()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


# ---------------------------------------------------------------- tasks

Task = _asyncio.Task


def _task_repr_info(self):
    info = _future_repr_info(self)
    if self.cancelling() and not self.done():
        info[1] = 'cancelling'
    coro = self.get_coro()
    text = _coro_repr(coro)
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is not None:
        frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
        line = getattr(frame, 'f_lineno', None)
        if line is not None:
            text += f' running at {code.co_filename}:{line}'
        else:
            text += f' done, defined at {code.co_filename}:{code.co_firstlineno}'
    info[2:2] = ['name=' + repr(self.get_name()), 'coro=<' + text + '>']
    if self._fut_waiter is not None:
        info.insert(4, 'wait_for=' + repr(self._fut_waiter))
    return info


# ---------------------------------------------------------------- the event loop

_running_loop = None


class AbstractEventLoop:
    __module__ = 'asyncio.events'


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._closed = False
        self._running = False
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._clock_resolution = 1e-09
        self._default_executor = None
        self._executor_shutdown_called = False
        self._asyncgens_shutdown_called = False
        self._park_key = -(id(self) & 0x3fffffffffff) - 1
        # Socket transports by descriptor (asyncio.selector_events).
        self._transports = {}
        # The ready queue, the timers and the run-once step (native).
        self._core = _asyncio._LoopCore(self, self._park_key)

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- state
    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    # The clock (time.monotonic), call_soon, call_later and call_at are native.
    time = _asyncio._loop_time

    # -- scheduling
    call_soon = _asyncio._loop_call_soon

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self.call_soon(callback, *args, context=context)
        _pyco.unpark(self._park_key)
        return handle

    call_later = _asyncio._loop_call_later
    call_at = _asyncio._loop_call_at

    def create_future(self):
        return Future(loop=self)

    # Native: check the loop is open, then Task(coro, loop=self, name=name), or the
    # task factory's task (named `name` if given).
    create_task = _asyncio._loop_create_task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running
    def run_forever(self):
        global _running_loop
        self._check_closed()
        self._check_running()
        self._running = True
        _running_loop = self
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            self._core.run()
        finally:
            self._running = False
            _running_loop = None
            sys.set_asyncgen_hooks(*old_hooks)

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after "
                          f"loop.shutdown_asyncgens() call", ResourceWarning, source=self)
        self._core.asyncgen_add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        """An async generator dropped while unfinished: close it in a task."""
        self._core.asyncgen_discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._core.stop()

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        # CPython reports these when the task is garbage-collected; pyco does at close().
        for task in self._core.close():
            if task._log_traceback:
                task._log_traceback = False
                self.call_exception_handler({
                    'message': 'Task exception was never retrieved',
                    'exception': task._exception,
                    'future': task,
                })

    async def shutdown_asyncgens(self):
        """Close the async generators still alive, as asyncio.run() does at its end."""
        self._asyncgens_shutdown_called = True
        closing = self._core.asyncgen_take()
        if not closing:
            return
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Shut the default executor down from a helper thread, waiting for it."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _run_once(self):
        self._core.run_once()

    # -- errors
    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines) + '\n'
        exc = context.get('exception')
        if exc is not None:
            text += _format_exception(exc)
        sys.stderr.write(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    sys.stderr.write('Exception in default exception handler\n')

    # -- I/O is not supported
    def _no_io(self, what):
        raise NotImplementedError(f'asyncio: {what} is not supported by pyco yet')

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) on an executor (a thread pool by default); await the result."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    def add_signal_handler(self, sig, callback, *args):
        self._no_io('loop.add_signal_handler()')


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    _get_loop(fut).stop()


class SelectorEventLoop(BaseEventLoop):
    pass


class _UnixSelectorEventLoop(SelectorEventLoop):
    pass


# ---------------------------------------------------------------- loop management

class _Policy:
    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


DefaultEventLoopPolicy = _Policy
_policy = _Policy()


def get_event_loop_policy():
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = _Policy() if policy is None else policy


def _get_running_loop():
    return _running_loop


def get_running_loop():
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_event_loop():
    loop = _running_loop
    if loop is not None:
        return loop
    return _policy.get_event_loop()


def get_event_loop():
    """The running loop, else the current one (created on first use, as Python 3.7 did)."""
    return _get_event_loop()


def set_event_loop(loop):
    _policy.set_event_loop(loop)


def new_event_loop():
    return _policy.new_event_loop()


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


class Runner:
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None

    def __enter__(self):
        self.get_loop()
        return self

    def __exit__(self, *exc):
        self.close()

    def get_loop(self):
        if self._loop is None:
            if self._loop_factory is None:
                self._loop = new_event_loop()
                set_event_loop(self._loop)
            else:
                self._loop = self._loop_factory()
            if self._debug is not None:
                self._loop.set_debug(self._debug)
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _running_loop is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self.get_loop()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def close(self):
        loop = self._loop
        if loop is None:
            return
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._loop_factory is None:
                set_event_loop(None)
            loop.close()
            self._loop = None


# ---------------------------------------------------------------- task functions

def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _asyncio._current_task(loop)


def _at_exit():
    """Called by the interpreter at exit. A task still pending on a closed loop is garbage
    that CPython collects at exit: its coroutine is finalized (closed, so its `finally`
    blocks run), then the task reports `Task was destroyed but it is pending!`."""
    for task in _asyncio._all_tasks():
        loop = task._loop
        if task.done() or not loop.is_closed() or not task._log_destroy_pending:
            continue
        _asyncio._unregister_task(task)
        try:
            task._coro.close()
        except BaseException:
            pass
        loop.call_exception_handler({
            'task': task,
            'message': 'Task was destroyed but it is pending!',
        })


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _asyncio._all_tasks() if _get_loop(t) is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    # As CPython: the task gets a default name (using up a `Task-N` number), then `name`.
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = _get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def _wrap_awaitable_gen(awaitable):
    return (yield from awaitable.__await__())


def _wrap_awaitable(awaitable):
    return _pyco.iterable_coroutine(_wrap_awaitable_gen(awaitable))


# Native: a coroutine-like object (send/throw/close/__await__) that yields None once
# for a delay <= 0, else waits for a future its timer completes.
sleep = _asyncio.sleep


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _unique(items):
    seen = {}
    for item in items:
        if id(item) not in seen:
            seen[id(item)] = item
    return list(seen.values())


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures (or, as Python 3.7 allowed, coroutines) in fs."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = [ensure_future(f, loop=loop) for f in _unique(fs)]
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    done = Queue()
    loop = _get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in _unique(fs)]
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


async def _probe_coroutine():
    pass


_probe = _probe_coroutine()
_CoroutineType = type(_probe)
_probe.close()
del _probe, _probe_coroutine


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    children = []
    arg_to_fut = {}          # id(arg) -> (arg, future)

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            # Each child's result or exception (a new CancelledError for a cancelled one).
            results = _asyncio._gather_results(children)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        known = arg_to_fut.get(id(arg))
        fut = None if known is None else known[1]
        if fut is None:
            if loop is not None and type(arg) is _CoroutineType:
                fut = loop.create_task(arg)     # what ensure_future does for it
            else:
                fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[id(arg)] = (arg, fut)
            fut.add_done_callback(_done_callback)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def wrap_future(future, *, loop=None):
    """An asyncio Future that completes with a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new = loop.create_future()

    def _copy_state(src):
        if new.done():
            return
        if src.cancelled():
            new.cancel()
        elif src.exception() is not None:
            new.set_exception(src.exception())
        else:
            new.set_result(src.result())

    def _on_done(src):
        loop.call_soon_threadsafe(_copy_state, src)

    future.add_done_callback(_on_done)
    return new


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to a loop from another thread; returns a concurrent Future."""
    from concurrent.futures import Future as _CFuture
    result = _CFuture()

    def _start():
        task = ensure_future(coro, loop=loop)

        def _done(t):
            if t.cancelled():
                result.cancel()
            elif t.exception() is not None:
                result.set_exception(t.exception())
            else:
                result.set_result(t.result())
        task.add_done_callback(_done)
    loop.call_soon_threadsafe(_start)
    return result


async def to_thread(func, /, *args, **kwargs):
    """Run func on a thread of the loop's default executor, in a copy of the current
    context (when the program uses contextvars)."""
    loop = get_running_loop()
    contextvars = sys.modules.get('contextvars')
    if contextvars is not None:
        func_call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    else:
        func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)


# ---------------------------------------------------------------- timeouts

class _TimeoutState:
    CREATED = 'created'
    ENTERED = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    EXITED = 'finished'


class Timeout:
    """`async with asyncio.timeout(delay):` cancels the block's task when the deadline
    passes and turns that cancellation into `TimeoutError` on exit (Python 3.11)."""

    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = _TimeoutState.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _TimeoutState.ENTERED:
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_TimeoutState.EXPIRING, _TimeoutState.EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _TimeoutState.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f'when={when}')
        info_str = ' '.join(info)
        return f'<Timeout [{self._state}]{info_str}>'

    async def __aenter__(self):
        if self._state is not _TimeoutState.CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _TimeoutState.ENTERED
        self._task = task
        # Cancellations requested before entering are not this timeout's.
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_TimeoutState.ENTERED, _TimeoutState.EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _TimeoutState.EXPIRING:
            self._state = _TimeoutState.EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _TimeoutState.ENTERED:
            self._state = _TimeoutState.EXITED
        return None

    def _on_timeout(self):
        assert self._state is _TimeoutState.ENTERED
        self._task.cancel()
        self._state = _TimeoutState.EXPIRING
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------- synchronization

class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _with_extra(obj, extra):
    """CPython's repr of a lock-like object: the default repr with its state added."""
    return f'<{object.__repr__(obj)[1:-1]} [{extra}]>'


class Event(_LoopBound):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _with_extra(self, extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock(_ContextManagerMixin, _LoopBound):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _with_extra(self, extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or
                                  all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Condition(_ContextManagerMixin, _LoopBound):
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _with_extra(self, extra)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBound):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _with_extra(self, extra)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
            raise
        finally:
            while self._value > 0:
                if not self._wake_up_next():
                    break
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""

    __module__ = 'asyncio.exceptions'


# Barrier states (CPython's _BarrierState values).
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier(_LoopBound):
    """`parties` tasks wait until all have arrived, then all go on (3.11)."""

    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the others; the arrival index (0 to parties-1) is returned."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # A barrier draining or resetting is not entered until that is over.
        await self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
        if self._state is _BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _FILLING)
        if self._state in (_BROKEN, _RESETTING):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        # The last task out lets the barrier fill again.
        if self._count == 0:
            if self._state in (_RESETTING, _DRAINING):
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state is _FILLING else 0

    @property
    def broken(self):
        return self._state is _BROKEN


# ---------------------------------------------------------------- queues

# Native (src/modules/asyncio/queue.rs): the items, the waiting getters and putters, and
# the awaitables put(), get() and join() return.
Queue = _asyncio.Queue
LifoQueue = _asyncio.LifoQueue
PriorityQueue = _asyncio.PriorityQueue
_asyncio._setup_queue(QueueEmpty, QueueFull, _get_running_loop)


# Submodule-style aliases some programs use.
class _Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)


events = _Namespace(AbstractEventLoop=AbstractEventLoop, get_event_loop=get_event_loop,
                    new_event_loop=new_event_loop, set_event_loop=set_event_loop,
                    get_running_loop=get_running_loop, Handle=Handle, TimerHandle=TimerHandle)
futures = _Namespace(Future=Future, isfuture=isfuture, CancelledError=CancelledError,
                     InvalidStateError=InvalidStateError, TimeoutError=TimeoutError)
tasks = _Namespace(Task=Task, ensure_future=ensure_future, gather=gather, wait=wait,
                   wait_for=wait_for, sleep=sleep, shield=shield, as_completed=as_completed,
                   current_task=current_task, all_tasks=all_tasks, create_task=create_task)
exceptions = _Namespace(CancelledError=CancelledError, TimeoutError=TimeoutError,
                        InvalidStateError=InvalidStateError,
                        IncompleteReadError=IncompleteReadError)
queues = _Namespace(Queue=Queue, PriorityQueue=PriorityQueue, LifoQueue=LifoQueue,
                    QueueEmpty=QueueEmpty, QueueFull=QueueFull)
locks = _Namespace(Lock=Lock, Event=Event, Condition=Condition, Semaphore=Semaphore,
                   BoundedSemaphore=BoundedSemaphore)


_asyncio._setup(CancelledError, InvalidStateError, _future_repr_info, _task_repr_info,
                _format_callback_source, _get_event_loop,
                get_running_loop)


# ---------------------------------------------------------------- TaskGroup (3.11)
# Python 3.11's asyncio.TaskGroup, written on the public API only (create_task,
# current_task, Future, Task.cancel/uncancel, add_done_callback). The group's tasks are
# kept in insertion order (CPython keeps them in a set, whose order is arbitrary).

class TaskGroup:
    """`async with asyncio.TaskGroup() as tg:` runs the tasks made by `tg.create_task`
    and waits for all of them on exit. The first task that fails (other than by
    cancellation) cancels the others and the body; the failures are raised together as an
    `ExceptionGroup('unhandled errors in a TaskGroup', [...])`."""

    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            # This group cancelled its parent task: take that cancellation back.
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                # The parent task is being cancelled, or the body raised.
                self._abort()
        # A loop: the wait can be cancelled again while the tasks wind down.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    # The parent task is cancelled while the tasks still run.
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        # Other errors take priority over a CancelledError.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in list(self._tasks):
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Cancel the parent task to stop the body of the `async with`; __aexit__
            # takes the cancellation back with uncancel().
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


__all__.append('TaskGroup')
taskgroups = _Namespace(TaskGroup=TaskGroup)


# ---------------------------------------------------------------- networking
# Sockets, transports, servers and streams live in their own modules, which import this
# one. They are loaded the first time a program uses them (a name below, or one of the
# loop's networking methods), so programs without networking do not pay for them.

_NETWORK_NAMES = {
    'BaseProtocol': 'selector_events', 'Protocol': 'selector_events',
    'BufferedProtocol': 'selector_events', 'BaseTransport': 'selector_events',
    'ReadTransport': 'selector_events', 'WriteTransport': 'selector_events',
    'Transport': 'selector_events', 'Server': 'selector_events',
    'StreamReader': 'streams', 'StreamWriter': 'streams',
    'StreamReaderProtocol': 'streams', 'open_connection': 'streams',
    'start_server': 'streams',
}
_NETWORK_LOOP_METHODS = (
    'add_reader', 'remove_reader', 'add_writer', 'remove_writer', 'sock_recv',
    'sock_recv_into', 'sock_sendall', 'sock_connect', 'sock_accept', 'getaddrinfo',
    'getnameinfo', 'create_connection', 'create_server',
)


def _load_networking():
    import asyncio.selector_events as selector_events
    import asyncio.streams as streams
    g = globals()
    for fn in selector_events.LOOP_METHODS:
        setattr(BaseEventLoop, fn.__name__, fn)
    for name, module in _NETWORK_NAMES.items():
        g[name] = getattr(selector_events if module == 'selector_events' else streams, name)
    g['selector_events'] = selector_events
    g['streams'] = streams
    g['protocols'] = _Namespace(BaseProtocol=selector_events.BaseProtocol,
                                Protocol=selector_events.Protocol,
                                BufferedProtocol=selector_events.BufferedProtocol)
    g['transports'] = _Namespace(BaseTransport=selector_events.BaseTransport,
                                 ReadTransport=selector_events.ReadTransport,
                                 WriteTransport=selector_events.WriteTransport,
                                 Transport=selector_events.Transport)


def __getattr__(name):
    if name in _NETWORK_NAMES or name in ('selector_events', 'streams', 'protocols',
                                          'transports'):
        _load_networking()
        return globals()[name]
    raise AttributeError(f"module 'asyncio' has no attribute {name!r}")


def _networking_method(name):
    def method(self, *args, **kwargs):
        _load_networking()
        return getattr(self, name)(*args, **kwargs)
    method.__name__ = name
    return method


for _name in _NETWORK_LOOP_METHODS:
    setattr(BaseEventLoop, _name, _networking_method(_name))
del _name
exceptions.LimitOverrunError = LimitOverrunError
