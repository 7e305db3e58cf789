"""aiohttp.web responses: `Response` (status, reason, headers, body or text, content type
and charset) and `json_response`, and how a response becomes bytes on the wire, with
aiohttp's header order: the handler's headers, then Content-Length, a default
Content-Type, Date, Server and Connection."""

import json
from multidict import CIMultiDict
from aiohttp.http import REASONS, SERVER_SOFTWARE, http_date, HttpVersion10, HttpVersion11

EMPTY_BODY_STATUS = (204, 304)


def _split_content_type(value):
    mime, _, params = value.partition(';')
    charset = None
    for param in params.split(';'):
        name, _, val = param.strip().partition('=')
        if name.strip().lower() == 'charset':
            charset = val.strip().strip('"')
    return mime.strip().lower(), charset


class StreamResponse:
    """The parts every response has: status, reason, headers, keep-alive choice."""

    def __init__(self, *, status=200, reason=None, headers=None):
        self._headers = CIMultiDict(headers) if headers is not None else CIMultiDict()
        self._keep_alive = None
        self._body = None
        self.set_status(status, reason)

    def set_status(self, status, reason=None):
        status = int(status)
        if reason is None:
            reason = REASONS.get(status, '')
        elif '\r' in reason or '\n' in reason:
            raise ValueError('Reason cannot contain \\r or \\n')
        self._status = status
        self._reason = reason

    @property
    def status(self):
        return self._status

    @property
    def reason(self):
        return self._reason

    @property
    def headers(self):
        return self._headers

    @property
    def keep_alive(self):
        return self._keep_alive

    def force_close(self):
        self._keep_alive = False

    @property
    def content_type(self):
        value = self._headers.get('Content-Type')
        return _split_content_type(value)[0] if value else 'application/octet-stream'

    @content_type.setter
    def content_type(self, value):
        charset = self.charset
        self._headers['Content-Type'] = str(value) + ('; charset=' + charset if charset else '')

    @property
    def charset(self):
        value = self._headers.get('Content-Type')
        return _split_content_type(value)[1] if value else None

    @charset.setter
    def charset(self, value):
        ctype = self.content_type
        if ctype == 'application/octet-stream':
            raise RuntimeError('Setting charset for application/octet-stream '
                               "doesn't make sense, setup content_type first")
        self._headers['Content-Type'] = ctype + ('; charset=' + value.lower() if value else '')

    @property
    def content_length(self):
        value = self._headers.get('Content-Length')
        return int(value) if value is not None else None

    def __repr__(self):
        return '<%s %s not prepared>' % (type(self).__name__, self._reason)

    def _wire(self, method, version, keep_alive):
        """(bytes to send, keep the connection open?) for a request with `method`."""
        if self._keep_alive is False:
            keep_alive = False
        headers = self._headers
        body = self._body or b''
        empty = self._status in EMPTY_BODY_STATUS or 100 <= self._status < 200
        if 'Content-Length' in headers:
            if empty:
                del headers['Content-Length']
        elif not empty and (body or method != 'HEAD'):
            headers['Content-Length'] = str(len(body))
        if empty or method == 'HEAD':
            if 'Transfer-Encoding' in headers:
                del headers['Transfer-Encoding']
        elif len(body):
            headers.setdefault('Content-Type', 'application/octet-stream')
        if 'Date' not in headers:
            headers['Date'] = http_date()
        headers.setdefault('Server', SERVER_SOFTWARE)
        if 'Connection' not in headers:
            if keep_alive:
                if version == HttpVersion10:
                    headers['Connection'] = 'keep-alive'
            elif version == HttpVersion11:
                headers['Connection'] = 'close'
        lines = ['HTTP/%d.%d %d %s' % (version[0], version[1], self._status, self._reason)]
        lines += ['%s: %s' % (k, v) for k, v in headers.items()]
        head = ('\r\n'.join(lines) + '\r\n\r\n').encode('utf-8')
        if empty or method == 'HEAD':
            body = b''
        return head + bytes(body), keep_alive


class Response(StreamResponse):
    """A response whose whole body is known: `body` (bytes, or str encoded as UTF-8) or
    `text` (str, Content-Type text/plain; charset=utf-8 unless given)."""

    def __init__(self, *, body=None, status=200, reason=None, text=None, headers=None,
                 content_type=None, charset=None):
        if body is not None and text is not None:
            raise ValueError('body and text are not allowed together')
        real = CIMultiDict(headers) if headers is not None else CIMultiDict()
        if content_type is not None and 'charset' in content_type:
            raise ValueError('charset must not be in content_type argument')
        if text is not None:
            if 'Content-Type' in real:
                if content_type or charset:
                    raise ValueError('passing both Content-Type header and '
                                     'content_type or charset params is forbidden')
            else:
                if not isinstance(text, str):
                    raise TypeError('text argument must be str (%r)' % type(text))
                real['Content-Type'] = (content_type or 'text/plain') + '; charset=' + (
                    charset or 'utf-8')
                body = text.encode(charset or 'utf-8')
                text = None
        elif 'Content-Type' in real:
            if content_type is not None or charset is not None:
                raise ValueError('passing both Content-Type header and '
                                 'content_type or charset params is forbidden')
        elif content_type is not None:
            real['Content-Type'] = content_type + ('; charset=' + charset if charset else '')
        super().__init__(status=status, reason=reason, headers=real)
        if text is not None:
            self.text = text
        else:
            self.body = body

    @property
    def body(self):
        return self._body

    @body.setter
    def body(self, body):
        if body is None or isinstance(body, (bytes, bytearray)):
            self._body = body
        elif isinstance(body, str):
            self._body = body.encode(self.charset or 'utf-8')
            if 'Content-Type' not in self._headers:
                self._headers['Content-Type'] = 'text/plain; charset=utf-8'
        else:
            raise ValueError('Unsupported body type %r' % type(body))

    @property
    def text(self):
        if self._body is None:
            return None
        return bytes(self._body).decode(self.charset or 'utf-8')

    @text.setter
    def text(self, text):
        if not isinstance(text, str):
            raise TypeError('text argument must be str (%r)' % type(text))
        if self.content_type == 'application/octet-stream':
            self._headers['Content-Type'] = 'text/plain'
        if self.charset is None:
            self.charset = 'utf-8'
        self._body = text.encode(self.charset)


def json_response(data=None, *, text=None, body=None, status=200, reason=None,
                  headers=None, content_type='application/json', dumps=json.dumps):
    if data is not None:
        if text or body:
            raise ValueError('only one of data, text, or body should be specified')
        text = dumps(data)
    return Response(text=text, body=body, status=status, reason=reason,
                    headers=headers, content_type=content_type)
