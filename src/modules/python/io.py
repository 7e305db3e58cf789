"""pyco's io: in-memory text and binary streams (StringIO, BytesIO)."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class IOBase:
    """Base of the stream classes: context manager, iteration, closed."""
    __module__ = '_io'
    _closed = False
    _closed_msg = "I/O operation on closed file."

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        self._check_closed()
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    __module__ = '_io'


class BufferedIOBase(IOBase):
    __module__ = '_io'


class RawIOBase(IOBase):
    __module__ = '_io'


class _Memory(IOBase):
    """The shared buffer logic: a value with a position; appends are batched."""

    def _init(self, initial):
        self._value = initial
        self._tail = []
        self._pos = 0

    def _flat(self):
        if self._tail:
            self._value = self._value + self._empty.join(self._tail)
            self._tail = []
        return self._value

    def _len(self):
        return len(self._value) + sum(len(t) for t in self._tail)

    def _write(self, s):
        n = len(s)
        if not n:
            return 0
        end = self._len()
        pos = self._pos
        if pos == end:
            self._tail.append(s)
        else:
            v = self._flat()
            if pos > end:
                v = v + self._pad * (pos - end)
            self._value = v[:pos] + s + v[pos + n:]
        self._pos = pos + n
        return n

    def getvalue(self):
        self._check_closed()
        return self._flat()

    def read(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        v = self._flat()
        pos = self._pos
        if size < 0:
            end = len(v)
        else:
            end = min(len(v), pos + size)
        if pos >= end:
            return self._empty
        self._pos = end
        return v[pos:end]

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        v = self._flat()
        pos = self._pos
        if pos >= len(v):
            return self._empty
        i = v.find(self._newline, pos)
        end = len(v) if i < 0 else i + 1
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return v[pos:end]

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        v = self._flat()
        if size < len(v):
            self._value = v[:size]
        return size

    def close(self):
        self._value = self._empty
        self._tail = []
        self._closed = True


class StringIO(_Memory, TextIOBase):
    """Text stream in memory: `print(..., file=StringIO())`, then `getvalue()`."""
    __module__ = '_io'
    _empty = ''
    _pad = '\0'
    _closed_msg = "I/O operation on closed file"
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._translate = newline is None
        self._write_nl = newline if newline not in (None, '') else None
        if self._write_nl == '\r':
            self._newline = '\r'
        self._init('')
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._translate:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._write_nl is not None and self._write_nl != '\n':
            s = s.replace('\n', self._write_nl)
        self._write(s)
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len()
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def detach(self):
        raise UnsupportedOperation("detach")


class BytesIO(_Memory, BufferedIOBase):
    """Binary stream in memory."""
    __module__ = '_io'
    _empty = b''
    _pad = b'\0'
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._init(self._as_bytes(initial_bytes))

    @staticmethod
    def _as_bytes(b):
        if isinstance(b, (bytes, bytearray)):
            return bytes(b)
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")

    def write(self, b):
        self._check_closed()
        return self._write(self._as_bytes(b))

    def read1(self, size=-1):
        return self.read(size)


    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._len() + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos


# The type of pyco's `sys.stdout` and of the text files `open()` returns.
TextIOWrapper = type(__import__('sys').stdout)
