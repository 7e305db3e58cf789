"""pyco's traceback module: formatting and printing exceptions as the interpreter does."""

import sys
import _pyco_lib

__all__ = ['format_exc', 'print_exc', 'format_exception', 'format_exception_only',
           'print_exception', 'print_last', 'format_tb', 'print_tb', 'extract_tb',
           'FrameSummary', 'StackSummary', 'TracebackException', 'extract_stack',
           'format_stack', 'print_stack', 'format_list', 'print_list']

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
    if tb is _sentinel:
        text = _pyco_lib.format_exception(value, limit=limit, chain=chain)
    else:
        text = _pyco_lib.format_exception(value, limit=limit, chain=chain, tb=tb)
    return _report_parts(text)


_CHAIN_MESSAGES = (
    "The above exception was the direct cause of the following exception:",
    "During handling of the above exception, another exception occurred:",
)


def _report_parts(text):
    """Split a report into the strings CPython's format_exception gives: one per frame
    (its `File` line with the source and caret lines under it), one per chaining message
    (with its blank lines), and one per other line."""
    parts = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File "') and ', in ' in line:
            j = i + 1
            while j < len(lines) and lines[j].startswith('    '):
                j += 1
            parts.append(''.join(lines[i:j]))
            i = j
        elif (line == '\n' and i + 2 < len(lines) and lines[i + 1].rstrip('\n') in _CHAIN_MESSAGES
              and lines[i + 2] == '\n'):
            parts.append(''.join(lines[i:i + 3]))
            i += 3
        else:
            parts.append(line)
            i += 1
    return parts


def format_exception_only(exc, /, value=_sentinel):
    """The last line of an exception's report: `Type: message`."""
    value = _exc_value(exc, value)
    return _pyco_lib.format_exception_only(value).splitlines(keepends=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return _pyco_lib.format_exception(_pyco_lib.handled_exception(), limit=limit, chain=chain)


def format_tb(tb, limit=None):
    """The entries of a traceback, one string each (`File ...` and its source line)."""
    return _pyco_lib.format_tb(tb, limit)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for entry in format_tb(tb, limit):
        print(entry, file=file, end='')


class FrameSummary:
    """One entry of a traceback: where it was and the source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line, self.locals) == \
                (other.filename, other.lineno, other.name, other.line, other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary entries."""

    def format(self):
        """One string per entry; a run of more than three identical entries is folded."""
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            row = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
            if fs.line:
                row += f'    {fs.line.strip()}\n'
            result.append(row)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result


_RECURSIVE_CUTOFF = 3


def _repeated(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


def format_list(extracted_list):
    """The strings `print_list` prints for FrameSummary entries or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def extract_stack(f=None, limit=None):
    """The running frames up to the caller, outermost first, as FrameSummary entries."""
    if f is not None:
        raise NotImplementedError("pyco's traceback.extract_stack only reads the running stack (f=None)")
    rows = _pyco_lib.stack()
    # This module's own frames are not part of the caller's stack.
    while rows and rows[-1][0] == '<pyco traceback>':
        rows.pop()
    if limit is not None:
        # The innermost `limit` frames, or the outermost -limit when negative.
        rows = rows[max(len(rows) - limit, 0):] if limit >= 0 else rows[:-limit]
    return StackSummary.from_list(rows)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(f, limit), file=file)


def extract_tb(tb, limit=None):
    """The entries of a traceback as FrameSummary objects."""
    return StackSummary.from_list(_pyco_lib.extract_tb(tb, limit))


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
        self._tb = exc_traceback
        self._limit = limit
        self.stack = extract_tb(exc_traceback, limit)
        self._str = str(exc_value) if exc_value is not None else ''

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def format(self, *, chain=True):
        return iter(format_exception(self.exc_type, self._value, self._tb, limit=self._limit,
                                     chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._value))
