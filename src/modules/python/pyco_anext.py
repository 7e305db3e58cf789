"""The awaitable `anext(iterator, default)` returns: it awaits the iterator's
`__anext__()` and gives `default` instead of raising `StopAsyncIteration`."""


class anext_awaitable:
    def __init__(self, awaitable, default):
        self._awaitable = awaitable
        self._default = default

    def __await__(self):
        awaitable = self._awaitable
        getter = getattr(type(awaitable), '__await__', None)
        if getter is None:
            raise TypeError(f"'{type(awaitable).__name__}' object can't be awaited")
        try:
            return (yield from getter(awaitable))
        except StopAsyncIteration:
            return self._default
