"""The prompt's side of asyncio: the event loop that top-level `await` runs in (the
current event loop, so tasks made with `asyncio.ensure_future` at the prompt share it),
and running that loop (and other threads) while a line is typed."""

import _pyco
import sys


def _prompt_loop():
    """The current event loop when asyncio is in use and it is open, else None."""
    asyncio = sys.modules.get('asyncio')
    if asyncio is None:
        return None
    loop = getattr(asyncio.get_event_loop_policy(), '_loop', None)
    if loop is None or loop.is_closed() or loop.is_running():
        return None
    return loop


def run_awaiting(coro):
    """Run the coroutine of an input that awaits at its top level, as a task of the
    prompt's loop; return its result. The loop stays open between inputs, so tasks
    created at the prompt keep running."""
    import asyncio
    loop = _prompt_loop()
    if loop is None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
    task = loop.create_task(coro)
    try:
        return loop.run_until_complete(task)
    except KeyboardInterrupt:
        task.cancel()
        raise


def wait_for_input(fd):
    """Return once file descriptor `fd` (the line editor's news) is readable; meanwhile
    other threads run, and so does the prompt's event loop when there is one."""
    reason = 'waiting for input at the prompt'
    loop = _prompt_loop()
    if loop is None:
        _pyco.wait_fd(fd, False, None, reason)
        return
    arrived = loop.create_future()

    def settle():
        if not arrived.done():
            arrived.set_result(None)

    def watch():
        _pyco.wait_fd(fd, False, None, reason)
        if not loop.is_closed():
            loop.call_soon_threadsafe(settle)

    _pyco.start_thread(watch, 'prompt-input', True)
    loop.run_until_complete(arrived)
