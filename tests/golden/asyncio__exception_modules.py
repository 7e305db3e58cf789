# asyncio's exceptions report CPython's modules (asyncio.exceptions, asyncio.queues), which
# is how uncaught ones are named in tracebacks.
import asyncio

for exc in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.IncompleteReadError,
            asyncio.QueueEmpty, asyncio.QueueFull, asyncio.TimeoutError):
    print(exc, exc.__module__, exc.__qualname__)
print(repr(asyncio.CancelledError("msg")), issubclass(asyncio.CancelledError, BaseException))
try:
    asyncio.Queue().get_nowait()
except asyncio.QueueEmpty as e:
    print(type(e), repr(e))
e = asyncio.IncompleteReadError(b"ab", 5)
print(e, e.partial, e.expected)
