"""asyncio's sockets on pyco's event loop: protocols, the socket transport, servers and
the loop's socket methods, after CPython's asyncio.selector_events (3.11).

The loop core (src/modules/asyncio/event_loop.rs, selector.rs) keeps the reader and
writer callbacks per descriptor and waits for them together with its timers. Everything
here is Python on top of that and of non-blocking `socket` objects: `sock_connect`,
`sock_accept`, `sock_recv`, `sock_sendall`, `create_connection`, `create_server` and the
`Server` they serve through, and `_SelectorSocketTransport`, which moves bytes between a
socket and an `asyncio.Protocol`. The methods are installed on `BaseEventLoop` by
`asyncio.py`. Not here: SSL, UDP endpoints, Unix sockets, `sendfile`.
"""

import errno
import socket
import collections
import asyncio as _aio
from asyncio import Handle, Future, Task, sleep, CancelledError
from selectors import _fileobj_to_fd

_ACCEPT_ERRNOS = (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM)


# ---------------------------------------------------------------- protocols

class BaseProtocol:
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    __slots__ = ()

    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


for _cls in (BaseProtocol, Protocol, BufferedProtocol):
    _cls.__module__ = 'asyncio.protocols'


# ---------------------------------------------------------------- transports

class BaseTransport:
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    __slots__ = ()


class WriteTransport(BaseTransport):
    __slots__ = ()

    def writelines(self, list_of_data):
        data = b''.join(list_of_data)
        self.write(data)


class Transport(ReadTransport, WriteTransport):
    __slots__ = ()


for _cls in (BaseTransport, ReadTransport, WriteTransport, Transport):
    _cls.__module__ = 'asyncio.transports'
del _cls


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _set_nodelay(sock):
    if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM \
            and sock.proto == socket.IPPROTO_TCP:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _SelectorSocketTransport(Transport):
    """A connected stream socket driven by the loop's readiness callbacks."""

    __slots__ = ('_loop', '_sock', '_sock_fd', '_protocol', '_protocol_connected',
                 '_server', '_buffer', '_conn_lost', '_closing', '_paused', '_eof',
                 '_protocol_paused', '_high_water', '_low_water')
    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(extra)
        self._extra['socket'] = sock
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._eof = False
        self._protocol_paused = False
        self._set_write_buffer_limits()
        if self._server is not None:
            self._server._attach()
        loop._transports[self._sock_fd] = self
        _set_nodelay(self._sock)
        self._loop.call_soon(self._protocol.connection_made, self)
        # Only start reading when connection_made() has been called.
        self._loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        return '<{}>'.format(' '.join(info))

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)

    def _add_reader(self, fd, callback, *args):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback, *args)

    # -- flow control (CPython's _FlowControlMixin)
    def _set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high=high, low=low)
        self._maybe_pause_protocol()

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _maybe_pause_protocol(self):
        if self.get_write_buffer_size() <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        try:
            self._protocol.pause_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'protocol.pause_writing() failed',
                'exception': exc, 'transport': self, 'protocol': self._protocol})

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc, 'transport': self, 'protocol': self._protocol})

    # -- reading
    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            # We're keeping the connection open so the protocol can write more, but we
            # can't receive more, so remove the reader callback.
            self._loop._remove_reader(self._sock_fd)
        else:
            self.close()

    # -- writing
    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            else:
                data = bytes(data)[n:]
                if not data:
                    return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
        else:
            if n:
                del self._buffer[:n]
            self._maybe_resume_protocol()
            if not self._buffer:
                self._loop._remove_writer(self._sock_fd)
                if self._closing:
                    self._call_connection_lost(None)
                elif self._eof:
                    self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    # -- closing
    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc, 'transport': self,
                'protocol': self._protocol})
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._loop._transports.pop(self._sock_fd, None)
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


# ---------------------------------------------------------------- servers

class Server:
    """What `loop.create_server()` and `asyncio.start_server()` return."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # As in CPython 3.11: returns at once once close() has run.
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


Server.__module__ = 'asyncio.base_events'


# ---------------------------------------------------------------- loop methods

def _add_watch(self, kind, fd, callback, args):
    self._check_closed()
    handle = Handle(callback, args, self)
    old = getattr(self._core, 'add_' + kind)(_fileobj_to_fd(fd), handle)
    if old is not None:
        old.cancel()
    return handle


def _remove_watch(self, kind, fd):
    if self.is_closed():
        return False
    old = getattr(self._core, 'remove_' + kind)(_fileobj_to_fd(fd))
    if old is None:
        return False
    old.cancel()
    return True


def _add_reader(self, fd, callback, *args):
    return _add_watch(self, 'reader', fd, callback, args)


def _remove_reader(self, fd):
    return _remove_watch(self, 'reader', fd)


def _add_writer(self, fd, callback, *args):
    return _add_watch(self, 'writer', fd, callback, args)


def _remove_writer(self, fd):
    return _remove_watch(self, 'writer', fd)


def _ensure_fd_no_transport(self, fd):
    fileno = _fileobj_to_fd(fd)
    transport = self._transports.get(fileno)
    if transport is not None and not transport.is_closing():
        raise RuntimeError(f'File descriptor {fd!r} is used by transport {transport!r}')


def add_reader(self, fd, callback, *args):
    self._ensure_fd_no_transport(fd)
    self._add_reader(fd, callback, *args)


def remove_reader(self, fd):
    self._ensure_fd_no_transport(fd)
    return self._remove_reader(fd)


def add_writer(self, fd, callback, *args):
    self._ensure_fd_no_transport(fd)
    self._add_writer(fd, callback, *args)


def remove_writer(self, fd):
    self._ensure_fd_no_transport(fd)
    return self._remove_writer(fd)


def _check_nonblocking(self, sock):
    if sock.gettimeout() != 0:
        raise ValueError('the socket must be non-blocking')


async def sock_recv(self, sock, n):
    _check_nonblocking(self, sock)
    try:
        return sock.recv(n)
    except (BlockingIOError, InterruptedError):
        pass
    fut = self.create_future()
    fd = sock.fileno()
    self._ensure_fd_no_transport(fd)
    self._add_reader(fd, _sock_recv_cb, self, fut, sock, n)
    fut.add_done_callback(lambda f: self._remove_reader(fd))
    return await fut


def _sock_recv_cb(loop, fut, sock, n):
    if fut.done():
        return
    try:
        data = sock.recv(n)
    except (BlockingIOError, InterruptedError):
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(data)


async def sock_recv_into(self, sock, buf):
    data = await self.sock_recv(sock, len(buf))
    buf[:len(data)] = data
    return len(data)


async def sock_sendall(self, sock, data):
    _check_nonblocking(self, sock)
    try:
        n = sock.send(data)
    except (BlockingIOError, InterruptedError):
        n = 0
    if n == len(data):
        return
    fut = self.create_future()
    fd = sock.fileno()
    self._ensure_fd_no_transport(fd)
    pos = [n]
    self._add_writer(fd, _sock_sendall_cb, self, fut, sock, memoryview(bytes(data)), pos)
    fut.add_done_callback(lambda f: self._remove_writer(fd))
    return await fut


def _sock_sendall_cb(loop, fut, sock, view, pos):
    if fut.done():
        return
    start = pos[0]
    try:
        n = sock.send(view[start:])
    except (BlockingIOError, InterruptedError):
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
        return
    start += n
    if start == len(view):
        fut.set_result(None)
    else:
        pos[0] = start


async def sock_connect(self, sock, address):
    _check_nonblocking(self, sock)
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        resolved = await self._ensure_resolved(address, family=sock.family,
                                               type=sock.type, proto=sock.proto)
        address = resolved[0][4]
    fut = self.create_future()
    try:
        sock.connect(address)
    except (BlockingIOError, InterruptedError):
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        self._add_writer(fd, _sock_connect_cb, fut, sock, address)
        fut.add_done_callback(lambda f: self._remove_writer(fd))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)
    try:
        return await fut
    finally:
        fut = None


def _sock_connect_cb(fut, sock, address):
    if fut.done():
        return
    try:
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err != 0:
            raise OSError(err, f'Connect call failed {address}')
    except (BlockingIOError, InterruptedError):
        pass
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)


async def sock_accept(self, sock):
    _check_nonblocking(self, sock)
    fut = self.create_future()
    _sock_accept_cb(self, fut, sock)
    return await fut


def _sock_accept_cb(loop, fut, sock):
    fd = sock.fileno()
    if fut.done():
        return
    try:
        conn, address = sock.accept()
        conn.setblocking(False)
    except (BlockingIOError, InterruptedError):
        loop._ensure_fd_no_transport(fd)
        loop._add_reader(fd, _sock_accept_cb, loop, fut, sock)
        fut.add_done_callback(lambda f: loop._remove_reader(fd))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result((conn, address))


def _is_numeric_host(host):
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.getaddrinfo(host, None, family, 0, 0, socket.AI_NUMERICHOST)
            return True
        except OSError:
            pass
    return False


async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
    # As CPython: the lookup runs on the default executor, so the loop's other tasks run
    # meanwhile (pyco's resolver also hands the query to a helper OS thread).
    return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type,
                                      proto, flags)


async def _ensure_resolved(self, address, *, family=0, type=socket.SOCK_STREAM, proto=0,
                           flags=0):
    # Numeric addresses (and no host, for a server) need no lookup: answered at once,
    # without a trip to the executor, as CPython's _ipaddr_info does.
    host, port = address[:2]
    if host is None or _is_numeric_host(host):
        return socket.getaddrinfo(host, port, family, type, proto, flags)
    return await self.getaddrinfo(host, port, family=family, type=type, proto=proto,
                                  flags=flags)


async def getnameinfo(self, sockaddr, flags=0):
    raise NotImplementedError('asyncio: loop.getnameinfo() is not supported by pyco yet')


def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None, server=None):
    return _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)


async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                            family=0, proto=0, flags=0, sock=None, local_addr=None,
                            server_hostname=None, ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                            interleave=None):
    """Connect to (host, port) and make a transport and protocol for the connection."""
    if ssl:
        raise NotImplementedError('asyncio: SSL connections are not supported by pyco yet')
    if server_hostname is not None:
        raise ValueError('server_hostname is only meaningful with ssl')
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        infos = await self._ensure_resolved((host, port), family=family,
                                            type=socket.SOCK_STREAM, proto=proto,
                                            flags=flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        exceptions = []
        for family_, type_, proto_, _, address in infos:
            sock = None
            try:
                sock = socket.socket(family=family_, type=type_, proto=proto_)
                sock.setblocking(False)
                if local_addr is not None:
                    sock.bind(local_addr)
                await self.sock_connect(sock, address)
                break
            except OSError as exc:
                exceptions.append(exc)
                if sock is not None:
                    sock.close()
                sock = None
            except BaseException:
                if sock is not None:
                    sock.close()
                raise
        if sock is None:
            if len(exceptions) == 1:
                raise exceptions[0]
            model = str(exceptions[0])
            if all(str(exc) == model for exc in exceptions):
                raise exceptions[0]
            raise OSError('Multiple exceptions: {}'.format(
                ', '.join(str(exc) for exc in exceptions)))
    else:
        if sock is None:
            raise ValueError('host and port was not specified and no sock specified')
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    sock.setblocking(False)
    transport, protocol = await self._create_connection_transport(sock, protocol_factory)
    return transport, protocol


async def _create_connection_transport(self, sock, protocol_factory):
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = self._make_socket_transport(sock, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


async def create_server(self, protocol_factory, host=None, port=None, *,
                        family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None,
                        backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                        ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                        start_serving=True):
    """Listen on (host, port) (every address host resolves to; all interfaces for
    None or '') and serve each connection with a new protocol_factory() protocol."""
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    if ssl:
        raise NotImplementedError('asyncio: SSL servers are not supported by pyco yet')
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        if reuse_address is None:
            reuse_address = True
        if host == '':
            hosts = [None]
        elif isinstance(host, str) or not isinstance(host, collections.abc.Iterable):
            hosts = [host]
        else:
            hosts = host
        infos = []
        for h in hosts:
            for info in await self._ensure_resolved((h, port), family=family,
                                                    type=socket.SOCK_STREAM, flags=flags):
                if info not in infos:
                    infos.append(info)
        sockets = []
        completed = False
        try:
            for af, socktype, proto, canonname, sa in infos:
                try:
                    sock = socket.socket(af, socktype, proto)
                except OSError:
                    continue
                sockets.append(sock)
                if reuse_address:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if af == socket.AF_INET6:
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                try:
                    sock.bind(sa)
                except OSError as err:
                    raise OSError(err.errno, 'error while attempting to bind on address %r: %s'
                                  % (sa, err.strerror.lower())) from None
            completed = True
        finally:
            if not completed:
                for sock in sockets:
                    sock.close()
    else:
        if sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sockets = [sock]
    for sock in sockets:
        sock.setblocking(False)
    server = Server(self, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        # Skip one loop iteration so that all 'loop.add_reader' go through.
        await sleep(0)
    return server


def _start_serving(self, protocol_factory, sock, server=None, backlog=100):
    self._add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock,
                     server, backlog)


def _stop_serving(self, sock):
    self._remove_reader(sock.fileno())
    sock.close()


def _accept_connection(self, protocol_factory, sock, server=None, backlog=100):
    for _ in range(backlog):
        try:
            conn, addr = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return None
        except OSError as exc:
            if exc.errno in _ACCEPT_ERRNOS:
                self.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc, 'socket': sock})
                self._remove_reader(sock.fileno())
                self.call_later(1.0, self._start_serving, protocol_factory, sock, server,
                                backlog)
            else:
                raise
        else:
            extra = {'peername': addr}
            self.create_task(self._accept_connection2(protocol_factory, conn, extra, server))


async def _accept_connection2(self, protocol_factory, conn, extra, server=None):
    protocol = None
    transport = None
    try:
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_socket_transport(conn, protocol, waiter=waiter, extra=extra,
                                                server=server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        if self._debug:
            self.call_exception_handler({
                'message': 'Error on transport creation for incoming connection',
                'exception': exc})


LOOP_METHODS = [
    _add_reader, _remove_reader, _add_writer, _remove_writer, _ensure_fd_no_transport,
    add_reader, remove_reader, add_writer, remove_writer, sock_recv, sock_recv_into,
    sock_sendall, sock_connect, sock_accept, getaddrinfo, _ensure_resolved, getnameinfo,
    _make_socket_transport, create_connection, _create_connection_transport,
    create_server, _start_serving, _stop_serving, _accept_connection, _accept_connection2,
]
