"""pyco's contextvars: ContextVar, Token, Context, copy_context.

Every thread starts in one shared context; an asyncio task runs its steps in a copy made
when it was created (the native Task swaps `_current` around each step).
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()


class Context:
    """A mapping of ContextVars to values; `run` makes it current for one call."""
    __module__ = '_contextvars'

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        saved = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved
            self._entered = False

    # Copies share one `_data` dict until either side writes (`_writable`): a task gets a
    # copy of its creator's context, and most never set a variable.
    _shared = False

    def copy(self):
        new = Context()
        new._data = self._data
        new._shared = self._shared = True
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def _writable(ctx):
    """The context's own `_data`, copied first if it is still shared with a copy."""
    if ctx._shared:
        ctx._data = dict(ctx._data)
        ctx._shared = False
    return ctx._data


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class ContextVar:
    """A context variable: `var.get()`, `token = var.set(v)`, `var.reset(token)`."""
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        try:
            return _current._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        data = _writable(ctx)
        old = data.get(self, Token.MISSING)
        data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._ctx is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        data = _writable(_current)
        if token._old_value is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        r = f"<ContextVar name={self._name!r}"
        if self._default is not _MISSING:
            r += f" default={self._default!r}"
        return r + f" at {id(self):#x}>"

    def __class_getitem__(cls, item):
        return cls


class _TokenMissing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What `ContextVar.set` returns: `reset(token)` restores the previous value."""
    __module__ = '_contextvars'
    MISSING = _TokenMissing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at {id(self):#x}>"
