"""aiohttp.web's connection handler: an asyncio `Protocol` that parses HTTP/1.x requests
from the bytes it receives, answers them one at a time in order through the
application's handler, and keeps the connection open between them (HTTP/1.1 keep-alive,
closed after 75 s idle), as aiohttp's RequestHandler does."""

import asyncio
import logging
import collections
from aiohttp.http import (BadHttpMessage, parse_head, parse_version, dechunk,
                          HttpVersion10, HttpVersion11)
from aiohttp.web_response import Response

server_logger = logging.getLogger('aiohttp.server')
KEEPALIVE_TIMEOUT = 75.0


class RawRequestMessage:
    """One parsed request: method, target, version, headers, body, keep-alive."""

    def __init__(self, method, target, version, headers, body):
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        conn = headers.get('Connection', '').lower()
        if version >= HttpVersion11:
            self.keep_alive = conn != 'close'
        else:
            self.keep_alive = conn == 'keep-alive'


def parse_request(data):
    """(message, bytes used) for the first complete request in `data`, or None when it is
    incomplete; ('continue', None) when only a head asking for `100 Continue` is there."""
    end = data.find(b'\r\n\r\n')
    if end < 0:
        if len(data) > 65536:
            raise BadHttpMessage('Request head too long')
        return None
    first, headers = parse_head(data[:end])
    parts = first.split(' ')
    if len(parts) != 3 or not parts[0].isalpha() or not parts[1]:
        raise BadHttpMessage('Bad status line %r' % first)
    method, target, version = parts[0].upper(), parts[1], parse_version(parts[2])
    start = end + 4
    if 'chunked' in headers.get('Transfer-Encoding', '').lower():
        found = dechunk(data, start)
        if found is None:
            return ('continue', None) if _expects_continue(headers, version) else None
        body, used = found
    else:
        try:
            length = int(headers.get('Content-Length', '0'))
        except ValueError:
            raise BadHttpMessage('Invalid Content-Length') from None
        if length < 0:
            raise BadHttpMessage('Invalid Content-Length')
        if len(data) < start + length:
            return ('continue', None) if _expects_continue(headers, version) else None
        body, used = data[start:start + length], start + length
    return RawRequestMessage(method, target, version, headers, body), used


def _expects_continue(headers, version):
    return version >= HttpVersion11 and headers.get('Expect', '').lower() == '100-continue'


class RequestHandler(asyncio.Protocol):
    def __init__(self, manager, loop=None):
        self._manager = manager
        self._loop = loop or asyncio.get_event_loop()
        self.transport = None
        self._buf = b''
        self._queue = collections.deque()
        self._task = None
        self._closing = False
        self._continued = False
        self._keepalive_handle = None

    def __repr__(self):
        return '<RequestHandler %s>' % ('connected' if self.transport else 'disconnected')

    def peername(self):
        return self.transport.get_extra_info('peername') if self.transport else None

    def local_host(self):
        sock = self.transport.get_extra_info('sockname') if self.transport else None
        return '%s:%s' % sock[:2] if sock else ''

    def connection_made(self, transport):
        self.transport = transport
        self._manager.connections.append(self)
        self._arm_keepalive()

    def connection_lost(self, exc):
        if self in self._manager.connections:
            self._manager.connections.remove(self)
        self.transport = None
        self._disarm_keepalive()

    def data_received(self, data):
        if self._closing:
            return
        self._buf += data
        self._disarm_keepalive()
        while self._buf:
            try:
                found = parse_request(self._buf)
            except BadHttpMessage:
                self._buf = b''
                self._queue.append(None)
                self._closing = True
                break
            if found is None:
                break
            message, used = found
            if message == 'continue':
                if not self._continued:
                    self._continued = True
                    self.transport.write(b'HTTP/1.1 100 Continue\r\n\r\n')
                break
            self._continued = False
            self._buf = self._buf[used:]
            self._queue.append(message)
        if self._queue and self._task is None:
            self._task = self._loop.create_task(self._serve())

    def eof_received(self):
        self._closing = True
        if self._task is None and self.transport is not None:
            self.transport.close()

    def close(self):
        """Closes the connection now if it is idle, else after the current response."""
        self._closing = True
        if self._task is None and self.transport is not None:
            self.transport.close()

    def _arm_keepalive(self):
        self._disarm_keepalive()
        self._keepalive_handle = self._loop.call_later(KEEPALIVE_TIMEOUT, self.close)

    def _disarm_keepalive(self):
        if self._keepalive_handle is not None:
            self._keepalive_handle.cancel()
            self._keepalive_handle = None

    async def _serve(self):
        try:
            while self._queue and self.transport is not None:
                message = self._queue.popleft()
                if message is None:
                    resp = Response(status=400, text='400: Bad Request')
                    data, _ = resp._wire('GET', HttpVersion11, False)
                    self.transport.write(data)
                    self.transport.close()
                    return
                keep = await self._answer(message)
                if not keep:
                    self._closing = True
                    self._queue.clear()
                    if self.transport is not None:
                        self.transport.close()
                    return
        finally:
            self._task = None
        if self.transport is not None:
            if self._closing:
                self.transport.close()
            else:
                self._arm_keepalive()

    async def _answer(self, message):
        """Runs the handler for `message` and writes its response: keep the connection?"""
        request = self._manager.make_request(message, self)
        keep_alive = message.keep_alive and not self._closing
        try:
            resp = await self._manager.handle(request)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            server_logger.exception('Error handling request from %s', request.remote,
                                    exc_info=exc)
            resp = Response(status=500,
                            text='500 Internal Server Error\n\nServer got itself in trouble')
            keep_alive = False
        data, keep_alive = resp._wire(message.method, message.version, keep_alive)
        if self.transport is not None:
            self.transport.write(data)
        return keep_alive
