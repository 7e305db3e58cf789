"""pyco's socket: OS sockets on top of the native `_socket` module.

`_socket` (src/modules/socket.rs) makes the system calls on descriptor numbers; this
module is the `socket` class (its timeout state, reprs and errors as CPython shows
them), the address-family enums, `create_connection`, `create_server`, `getaddrinfo`,
`gethostbyname` and the small helpers around them.

Every descriptor is non-blocking underneath. A blocking call (`accept`, `connect`,
`recv`, `send`, ...) on a socket in blocking or timeout mode parks only the calling green
thread until the descriptor is ready, so other threads keep running meanwhile; a
non-blocking socket (`setblocking(False)`, timeout 0) raises `BlockingIOError` instead,
which is what asyncio's loop builds on.
"""

import _socket
from enum import IntEnum

error = OSError
timeout = TimeoutError


class herror(OSError):
    __module__ = 'socket'


class gaierror(OSError):
    __module__ = 'socket'


# The native code raises this class for resolver errors.
_socket.gaierror = gaierror


class AddressFamily(IntEnum):
    AF_UNSPEC = _socket.AF_UNSPEC
    AF_UNIX = _socket.AF_UNIX
    AF_INET = _socket.AF_INET
    AF_INET6 = _socket.AF_INET6


AddressFamily.__module__ = 'socket'


class SocketKind(IntEnum):
    SOCK_STREAM = _socket.SOCK_STREAM
    SOCK_DGRAM = _socket.SOCK_DGRAM
    SOCK_RAW = _socket.SOCK_RAW


SocketKind.__module__ = 'socket'

AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW

for _name in ('SOCK_NONBLOCK', 'SOCK_CLOEXEC', 'SOL_SOCKET', 'SO_REUSEADDR', 'SO_REUSEPORT',
              'SO_KEEPALIVE', 'SO_BROADCAST', 'SO_ERROR', 'SO_TYPE', 'SO_DOMAIN',
              'SO_PROTOCOL', 'SO_RCVBUF', 'SO_SNDBUF', 'SO_LINGER', 'SO_ACCEPTCONN',
              'IPPROTO_IP', 'IPPROTO_TCP', 'IPPROTO_UDP', 'IPPROTO_IPV6', 'IPV6_V6ONLY',
              'TCP_NODELAY', 'SHUT_RD', 'SHUT_WR', 'SHUT_RDWR', 'AI_PASSIVE',
              'AI_CANONNAME', 'AI_NUMERICHOST', 'AI_NUMERICSERV', 'AI_ADDRCONFIG',
              'AI_V4MAPPED', 'AI_ALL', 'EAI_NONAME', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_FAMILY',
              'EAI_SERVICE', 'MSG_PEEK', 'MSG_DONTWAIT', 'MSG_WAITALL', 'MSG_OOB',
              'SOMAXCONN', 'INADDR_ANY', 'INADDR_LOOPBACK'):
    globals()[_name] = getattr(_socket, _name)
del _name

has_ipv6 = True
_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _timeout_value(value):
    if value is None:
        return None
    if not isinstance(value, float):
        if not hasattr(type(value), '__index__'):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value = value.__index__()
    value = float(value)
    if value != value or value < 0.0:
        raise ValueError('Timeout value out of range')
    return value


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


class socket:
    """A socket object: `socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)`."""

    __module__ = 'socket'

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            self._fd = _socket.socket(int(family), int(type), int(proto))
        else:
            if isinstance(fileno, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            fileno = fileno.__index__() if not isinstance(fileno, int) else fileno
            if fileno < 0:
                raise ValueError('negative file descriptor')
            _socket.adopt(fileno)
            if family == -1:
                family = _socket.getsockopt(fileno, SOL_SOCKET, SO_DOMAIN)
            if type == -1:
                type = _socket.getsockopt(fileno, SOL_SOCKET, SO_TYPE)
            if proto == -1:
                proto = _socket.getsockopt(fileno, SOL_SOCKET, SO_PROTOCOL)
            self._fd = fileno
        flags = int(type)
        self._family = int(family)
        self._type = flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = int(proto)
        self._closed = False
        self._timeout = 0.0 if flags & SOCK_NONBLOCK else _default_timeout

    # -- attributes
    @property
    def family(self):
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def fileno(self):
        return self._fd

    def __repr__(self):
        closed = self._closed
        s = '<%s.%s%s fd=%i, family=%s, type=%s, proto=%i' % (
            type(self).__module__, type(self).__qualname__,
            ' [closed]' if closed else '', self.fileno(), self.family, self.type,
            self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ', laddr=%s' % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ', raddr=%s' % str(raddr)
            except error:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError(f'cannot pickle {type(self).__name__!r} object')

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    # -- timeouts
    def settimeout(self, value):
        self._timeout = _timeout_value(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    # -- life cycle
    def close(self):
        if self._closed:
            return
        self._closed = True
        fd, self._fd = self._fd, -1
        _socket.close(fd)

    def detach(self):
        fd, self._fd = self._fd, -1
        self._closed = True
        return fd

    def dup(self):
        import os
        fd = os.dup(self._fd)
        sock = type(self)(self._family, self._type, self._proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    # -- connections
    def bind(self, address):
        _socket.bind(self._fd, self._family, address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._fd, backlog)

    def _accept(self):
        return _socket.accept(self._fd, self._timeout)

    def accept(self):
        fd, addr = _socket.accept(self._fd, self._timeout)
        sock = type(self)(self._family, self._type, self._proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        _socket.connect(self._fd, self._family, address, self._timeout)

    def connect_ex(self, address):
        return _socket.connect_ex(self._fd, self._family, address, self._timeout)

    def shutdown(self, how):
        _socket.shutdown(self._fd, how)

    def getsockname(self):
        return _socket.getsockname(self._fd)

    def getpeername(self):
        return _socket.getpeername(self._fd)

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None:
            if optlen is None:
                raise TypeError('setsockopt() takes exactly 4 arguments (3 given)')
            value = bytes(optlen)
        _socket.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        if buflen is not None:
            raise OSError('pyco: getsockopt() with a buffer length is not supported')
        return _socket.getsockopt(self._fd, level, optname)

    # -- data
    def send(self, data, flags=0):
        return _socket.send(self._fd, data, flags, self._timeout)

    def sendall(self, data, flags=0):
        _socket.sendall(self._fd, data, flags, self._timeout)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        return _socket.sendto(self._fd, data, flags, self._family, address, self._timeout)

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._fd, bufsize, flags, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recvfrom(self._fd, bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError('negative buffersize in recv_into')
        if nbytes == 0:
            nbytes = len(buffer)
        data = _socket.recv(self._fd, nbytes, flags, self._timeout)
        buffer[:len(data)] = data
        return len(data)

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None,
                 newline=None):
        if not set(mode) <= {'r', 'w', 'b'}:
            raise ValueError('invalid mode %r (only r, w, b allowed)' % (mode,))
        return _SocketFile(self, mode, encoding, errors)


SocketType = socket


class _SocketFile:
    """What `socket.makefile()` returns: a buffered reader/writer over the socket,
    in bytes (`'rb'`, `'wb'`) or text (`'r'`, `'w'`)."""

    def __init__(self, sock, mode, encoding, errors):
        self._sock = sock
        self.mode = mode
        self._binary = 'b' in mode
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._buf = b''
        self._eof = False
        self.closed = False

    def _out(self, data):
        return data if self._binary else data.decode(self._encoding, self._errors)

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(65536)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def read(self, size=-1):
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
            return self._out(data)
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def readline(self, size=-1):
        while True:
            i = self._buf.find(b'\n')
            if i >= 0 or (0 <= size <= len(self._buf)) or not self._fill():
                break
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and 0 <= size < end:
            end = size
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._out(data)

    def readlines(self):
        return list(iter(self.readline, self._out(b'')))

    def __iter__(self):
        return iter(self.readline, self._out(b''))

    def write(self, data):
        if not self._binary:
            data = data.encode(self._encoding, self._errors)
        self._sock.sendall(data)
        return len(data)

    def flush(self):
        pass

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket.socketpair(int(family), int(type), int(proto))
    return (socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b))


def fromfd(fd, family, type, proto=0):
    import os
    return socket(family, type, proto, fileno=os.dup(fd))


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    addrlist = []
    for af, socktype, proto_, canonname, sa in _socket.getaddrinfo(
            host, port, int(family), int(type), proto, flags):
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind), proto_, canonname, sa))
    return addrlist


def gethostbyname(hostname):
    return _socket.getaddrinfo(hostname, None, AF_INET, SOCK_STREAM)[0][4][0]


def gethostbyname_ex(hostname):
    infos = _socket.getaddrinfo(hostname, None, AF_INET, SOCK_STREAM, 0, AI_CANONNAME)
    name = infos[0][3] or hostname
    addrs = []
    for info in infos:
        if info[4][0] not in addrs:
            addrs.append(info[4][0])
    return (name, [], addrs)


def gethostname():
    return _socket.gethostname()


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        infos = _socket.getaddrinfo(name, None, 0, SOCK_STREAM, 0, AI_CANONNAME)
    except error:
        return name
    return infos[0][3] or name


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                      all_errors=False):
    """Connect to a TCP service at (host, port), trying each address the host resolves
    to; the first one that connects wins, else the first error is raised."""
    host, port = address
    exceptions = []
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup('create_connection failed', exceptions)
        finally:
            exceptions = []
    raise error('getaddrinfo returns an empty list')


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A listening TCP socket bound to `address`, with SO_REUSEADDR set."""
    if reuse_port and not hasattr(_socket, 'SO_REUSEPORT'):
        raise ValueError('SO_REUSEPORT not supported on this platform')
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError('dualstack_ipv6 requires AF_INET6 family')
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


# -- byte order and address text
def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl


def inet_aton(string):
    parts = string.split('.')
    try:
        nums = [int(p, 0) for p in parts]
    except ValueError:
        raise OSError('illegal IP address string passed to inet_aton') from None
    if not 1 <= len(nums) <= 4 or any(n < 0 for n in nums):
        raise OSError('illegal IP address string passed to inet_aton')
    last = nums.pop()
    if any(n > 255 for n in nums) or last >= 256 ** (4 - len(nums)):
        raise OSError('illegal IP address string passed to inet_aton')
    return bytes(nums) + last.to_bytes(4 - len(nums), 'big')


def inet_ntoa(packed):
    packed = bytes(packed)
    if len(packed) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(b) for b in packed)
