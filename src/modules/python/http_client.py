"""pyco's http.client: HTTP/1.1 over a plain TCP socket (no TLS).

`HTTPConnection(host, port, timeout)` sends one request at a time
(`request(method, url, body, headers)`) and `getresponse()` returns an `HTTPResponse`:
status line and headers parsed (`HTTPMessage`), body read by `Content-Length`, chunked
transfer coding, or until the server closes. The body is read whole on the first `read`
(then served from memory), which is all urllib.request needs.
"""

import socket

HTTP_PORT = 80
HTTPS_PORT = 443
_MAXLINE = 65536
_MAXHEADERS = 100

responses = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
    200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
    204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
    208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
    301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
    305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
    400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
    404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
    407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict',
    410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
    413: 'Request Entity Too Large', 414: 'Request-URI Too Long',
    415: 'Unsupported Media Type', 416: 'Requested Range Not Satisfiable',
    417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request',
    422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
    426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
    431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
    503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
    510: 'Not Extended', 511: 'Network Authentication Required',
}


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        e = '' if self.expected is None else ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, 'got more than %d bytes when reading %s'
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *pos, **kw)


for _cls in (HTTPException, NotConnected, InvalidURL, UnknownProtocol, IncompleteRead,
             ImproperConnectionState, ResponseNotReady, BadStatusLine, LineTooLong,
             RemoteDisconnected):
    _cls.__module__ = 'http.client'
del _cls


class HTTPMessage:
    """Response headers: case-insensitive lookup, in the order received."""

    def __init__(self, items=()):
        self._headers = list(items)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values or failobj

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def __len__(self):
        return len(self._headers)

    def __iter__(self):
        return iter(self.keys())

    def get_content_type(self):
        value = self.get('content-type')
        if not value:
            return 'text/plain'
        ctype = value.split(';')[0].strip().lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_charset(self, failobj=None):
        value = self.get('content-type') or ''
        for part in value.split(';')[1:]:
            k, _, v = part.strip().partition('=')
            if k.lower() == 'charset':
                return v.strip('"').lower()
        return failobj

    def as_string(self):
        return ''.join('%s: %s\n' % kv for kv in self._headers) + '\n'

    __str__ = as_string


HTTPMessage.__module__ = 'http.client'


def parse_headers(fp):
    headers = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('header line')
        if line in (b'\r\n', b'\n', b''):
            break
        if len(headers) > _MAXHEADERS:
            raise HTTPException('got more than %d headers' % _MAXHEADERS)
        text = line.decode('iso-8859-1')
        if text[:1] in (' ', '\t') and headers:
            k, v = headers[-1]
            headers[-1] = (k, v + ' ' + text.strip())
            continue
        k, _, v = text.partition(':')
        headers.append((k.strip(), v.strip()))
    return HTTPMessage(headers)


class HTTPResponse:
    """A response: `status`, `reason`, `headers`, `read()`."""

    def __init__(self, sock, method=None, url=None):
        self.fp = sock.makefile('rb')
        self._method = method
        self.headers = self.msg = None
        self.version = 'UNKNOWN'
        self.status = 'UNKNOWN'
        self.reason = 'UNKNOWN'
        self.chunked = 'UNKNOWN'
        self.length = 'UNKNOWN'
        self.will_close = 'UNKNOWN'
        self._body = None
        self._pos = 0
        self.url = url
        self.closed = False

    def _read_status(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('status line')
        if not line:
            raise RemoteDisconnected('Remote end closed connection without response')
        text = line.decode('iso-8859-1')
        try:
            version, status, reason = text.split(None, 2)
        except ValueError:
            try:
                version, status = text.split(None, 1)
                reason = ''
            except ValueError:
                version = ''
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(text)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(text)
        except ValueError:
            raise BadStatusLine(text) from None
        return version, status, reason

    def begin(self):
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            parse_headers(self.fp)
        self.code = self.status = status
        self.reason = reason.strip()
        self.version = 11 if version == 'HTTP/1.1' else 10
        self.headers = self.msg = parse_headers(self.fp)
        te = self.headers.get('transfer-encoding')
        self.chunked = bool(te and te.lower() == 'chunked')
        length = self.headers.get('content-length')
        self.length = None
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status in (204, 304) or 100 <= status < 200 or self._method == 'HEAD'):
            self.length = 0
        self.will_close = True

    def _read_body(self):
        if self._body is not None:
            return
        if self.fp is None:
            self._body = b''
            return
        if self.chunked:
            parts = []
            while True:
                line = self.fp.readline(_MAXLINE + 1)
                size = line.split(b';', 1)[0].strip()
                try:
                    n = int(size, 16)
                except ValueError:
                    self._close_conn()
                    raise IncompleteRead(b''.join(parts)) from None
                if n == 0:
                    while self.fp.readline() not in (b'\r\n', b'\n', b''):
                        pass
                    break
                chunk = self.fp.read(n)
                if len(chunk) < n:
                    raise IncompleteRead(b''.join(parts) + chunk, n - len(chunk))
                parts.append(chunk)
                self.fp.read(2)
            self._body = b''.join(parts)
        elif self.length is not None:
            data = self.fp.read(self.length)
            if len(data) < self.length:
                self._close_conn()
                raise IncompleteRead(data, self.length - len(data))
            self._body = data
        else:
            self._body = self.fp.read()
        self._close_conn()

    def _close_conn(self):
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()
            fp._sock.close()

    def read(self, amt=None):
        if self.closed:
            return b''
        self._read_body()
        if amt is None or amt < 0:
            data = self._body[self._pos:]
        else:
            data = self._body[self._pos:self._pos + amt]
        self._pos += len(data)
        return data

    def readline(self, limit=-1):
        self._read_body()
        end = self._body.find(b'\n', self._pos)
        end = len(self._body) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        data = self._body[self._pos:end]
        self._pos = end
        return data

    def readlines(self, hint=-1):
        return list(iter(self.readline, b''))

    def __iter__(self):
        return iter(self.readline, b'')

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name)
        return ', '.join(values) if values else default

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return self.headers.items()

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status

    def fileno(self):
        return self.fp.fileno()

    def isclosed(self):
        return self.fp is None

    def close(self):
        self.closed = True
        self._close_conn()

    def readable(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


HTTPResponse.__module__ = 'http.client'


class HTTPConnection:
    """One HTTP/1.1 connection to host:port (a request, then its response)."""

    default_port = HTTP_PORT

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:]) if host[i + 1:] else self.default_port
                except ValueError:
                    raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:]) from None
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        self.host = host
        self.port = port
        self.timeout = timeout
        self.source_address = source_address
        self.sock = None
        self._response = None

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), self.timeout,
                                             self.source_address)

    def close(self):
        sock, self.sock = self.sock, None
        if sock is not None:
            sock.close()

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        if self.sock is None:
            self.connect()
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        names = {k.lower() for k in headers}
        lines = ['%s %s HTTP/1.1' % (method, url or '/')]
        if 'host' not in names:
            host = self.host
            if ':' in host:
                host = '[%s]' % host
            if self.port != self.default_port:
                host = '%s:%d' % (host, self.port)
            lines.append('Host: %s' % host)
        if 'accept-encoding' not in names:
            lines.append('Accept-Encoding: identity')
        if 'content-length' not in names and 'transfer-encoding' not in names:
            if body is not None:
                lines.append('Content-Length: %d' % len(body))
            elif method.upper() in ('PATCH', 'POST', 'PUT'):
                lines.append('Content-Length: 0')
        for k, v in headers.items():
            lines.append('%s: %s' % (k, v))
        data = ('\r\n'.join(lines) + '\r\n\r\n').encode('iso-8859-1')
        if body is not None:
            data += bytes(body)
        self.sock.sendall(data)
        self._method = method

    def getresponse(self):
        if self.sock is None:
            raise ResponseNotReady()
        response = HTTPResponse(self.sock, method=self._method)
        try:
            response.begin()
        except BaseException:
            response.close()
            raise
        # The response owns the socket from now on (it closes it after the body).
        self.sock = None
        return response


HTTPConnection.__module__ = 'http.client'
