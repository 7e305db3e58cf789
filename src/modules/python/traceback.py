"""pyco's traceback module: formatting and printing exceptions as the interpreter does."""

import sys
import _pyco_lib

__all__ = ['format_exc', 'print_exc', 'format_exception', 'format_exception_only',
           'print_exception', 'print_last']

_sentinel = object()


def _exc_value(exc, value):
    if value is not _sentinel:
        return value
    if isinstance(exc, type):
        return None
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of an exception's report, each ending in a newline."""
    value = _exc_value(exc, value)
    return _pyco_lib.format_exception(value).splitlines(keepends=True)


def format_exception_only(exc, /, value=_sentinel):
    """The last line of an exception's report: `Type: message`."""
    value = _exc_value(exc, value)
    return [_pyco_lib.format_exception_only(value)]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return _pyco_lib.format_exception(_pyco_lib.handled_exception())


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled to file (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    print(format_exc(limit, chain), file=file, end='')


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False, max_group_width=15,
                 max_group_depth=10):
        self.exc_type = exc_type
        self._value = exc_value
        self._str = str(exc_value) if exc_value is not None else ''

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def format(self, *, chain=True):
        return iter(format_exception(self._value))

    def format_exception_only(self):
        return iter(format_exception_only(self._value))
