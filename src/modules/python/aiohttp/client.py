"""aiohttp's HTTP client: `ClientSession` sends requests over asyncio streams (one
connection per request, no pooling) and gives `ClientResponse` objects whose body is read
whole before the response is returned. Redirects are followed (up to 10), query `params`,
form `data`, `json` and `headers` are sent as aiohttp sends them. No TLS: https:// fails
with `ClientConnectorSSLError`; no cookies, compression or proxies."""

import asyncio
import json as _json
import socket
from collections import namedtuple
from urllib.parse import urlencode
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL
from aiohttp.http import parse_head, parse_version, dechunk, SERVER_SOFTWARE, BadHttpMessage
from aiohttp.client_exceptions import (
    ClientConnectorError, ClientConnectorDNSError, ClientConnectorSSLError,
    ClientResponseError, ContentTypeError, ServerDisconnectedError, InvalidUrlClientError,
    NonHttpUrlClientError, ClientPayloadError)

ConnectionKey = namedtuple('ConnectionKey', 'host port is_ssl ssl proxy proxy_auth '
                                            'proxy_headers_hash server_hostname')
RequestInfo = namedtuple('RequestInfo', 'url method headers real_url')


class ClientTimeout:
    __slots__ = ('total', 'connect', 'sock_read', 'sock_connect', 'ceil_threshold')

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None,
                 ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect
        self.ceil_threshold = ceil_threshold

    def __repr__(self):
        return ('ClientTimeout(total=%r, connect=%r, sock_read=%r, sock_connect=%r, '
                'ceil_threshold=%r)' % (self.total, self.connect, self.sock_read,
                                        self.sock_connect, self.ceil_threshold))


DEFAULT_TIMEOUT = ClientTimeout(total=300, sock_connect=30)


class ClientResponse:
    def __init__(self, method, url, status, reason, version, headers, body, request_info,
                 history):
        self.method = method
        self._url = url
        self.status = status
        self.reason = reason
        self.version = version
        self.headers = CIMultiDictProxy(headers)
        self._body = body
        self.request_info = request_info
        self.history = tuple(history)
        self._released = False
        self.content = asyncio.StreamReader()
        self.content.feed_data(body)
        self.content.feed_eof()

    def __repr__(self):
        return '<ClientResponse(%s) [%s %s]>\n%r\n' % (self._url, self.status, self.reason,
                                                      self.headers)

    @property
    def url(self):
        return self._url

    real_url = url

    @property
    def host(self):
        return self._url.host

    @property
    def ok(self):
        return self.status < 400

    @property
    def content_type(self):
        value = self.headers.get('Content-Type', 'application/octet-stream')
        return value.partition(';')[0].strip().lower()

    @property
    def charset(self):
        value = self.headers.get('Content-Type', '')
        for param in value.split(';')[1:]:
            name, _, val = param.strip().partition('=')
            if name.lower() == 'charset':
                return val.strip('"')
        return None

    @property
    def content_length(self):
        value = self.headers.get('Content-Length')
        return int(value) if value is not None else None

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    def get_encoding(self):
        return self.charset or 'utf-8'

    async def read(self):
        return self._body

    async def text(self, encoding=None, errors='strict'):
        return self._body.decode(encoding or self.get_encoding(), errors)

    async def json(self, *, encoding=None, loads=_json.loads,
                   content_type='application/json'):
        if content_type and self.content_type != content_type and not (
                content_type == 'application/json' and self.content_type.endswith('+json')):
            raise ContentTypeError(
                self.request_info, self.history, status=self.status,
                message='Attempt to decode JSON with unexpected mimetype: %s'
                        % self.headers.get('Content-Type', ''),
                headers=self.headers)
        text = self._body.decode(encoding or self.get_encoding()).strip()
        if not text:
            return None
        return loads(text)

    def release(self):
        self._released = True

    def close(self):
        self._released = True

    @property
    def closed(self):
        return self._released

    async def wait_for_close(self):
        self._released = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.release()


class _RequestContextManager:
    """What `session.get(...)` returns: await it, or use it with `async with`."""

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        # a generator delegating to the coroutine (pyco's coroutine.__await__() returns
        # the coroutine itself, which `await` does not accept from __await__)
        return (yield from self._coro.__await__())

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, *exc):
        self._resp.release()


def _encode_params(params):
    if isinstance(params, str):
        return params
    items = params.items() if hasattr(params, 'items') else params
    out = []
    for k, v in items:
        if isinstance(v, bool) or not isinstance(v, (str, int, float)):
            raise TypeError('Invalid variable type: value should be str, int or float, '
                            'got %r of type %r' % (v, type(v)))
        out.append((k, str(v)))
    return urlencode(out)


class ClientSession:
    def __init__(self, base_url=None, *, headers=None, timeout=None, raise_for_status=False,
                 loop=None, **kwargs):
        self._base_url = URL(base_url) if base_url is not None else None
        self._default_headers = CIMultiDict(headers) if headers else CIMultiDict()
        self._timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self._raise_for_status = raise_for_status
        self._closed = False

    def __repr__(self):
        return '<aiohttp.client.ClientSession object at 0x%x>' % id(self)

    @property
    def closed(self):
        return self._closed

    @property
    def headers(self):
        return self._default_headers

    @property
    def timeout(self):
        return self._timeout

    async def close(self):
        self._closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return self.request('GET', url, allow_redirects=allow_redirects, **kwargs)

    def options(self, url, *, allow_redirects=True, **kwargs):
        return self.request('OPTIONS', url, allow_redirects=allow_redirects, **kwargs)

    def head(self, url, *, allow_redirects=False, **kwargs):
        return self.request('HEAD', url, allow_redirects=allow_redirects, **kwargs)

    def post(self, url, *, data=None, **kwargs):
        return self.request('POST', url, data=data, **kwargs)

    def put(self, url, *, data=None, **kwargs):
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, *, data=None, **kwargs):
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None,
                       headers=None, allow_redirects=True, max_redirects=10, timeout=None,
                       raise_for_status=None, **kwargs):
        if self._closed:
            raise RuntimeError('Session is closed')
        if data is not None and json is not None:
            raise ValueError('data and json parameters can not be used at the same time')
        timeout = self._timeout if timeout is None else timeout
        total = timeout.total if isinstance(timeout, ClientTimeout) else timeout
        coro = self._send_following(method.upper(), str_or_url, params, data, json, headers,
                                    allow_redirects, max_redirects)
        if total:
            resp = await asyncio.wait_for(coro, total)
        else:
            resp = await coro
        check = self._raise_for_status if raise_for_status is None else raise_for_status
        if check:
            resp.raise_for_status()
        return resp

    def _make_url(self, str_or_url):
        try:
            url = URL(str_or_url)
        except (TypeError, ValueError):
            raise InvalidUrlClientError(str_or_url) from None
        if self._base_url is not None and not url.is_absolute():
            url = self._base_url.join(url)
        return url

    async def _send_following(self, method, str_or_url, params, data, json_body, headers,
                              allow_redirects, max_redirects):
        url = self._make_url(str_or_url)
        if params:
            query = _encode_params(params)
            if url.raw_query_string:
                query = url.raw_query_string + '&' + query
            url = url.with_query(query)
        history = []
        body, ctype = self._body(data, json_body)
        while True:
            resp = await self._send(method, url, body, ctype, headers, history)
            if resp.status not in (301, 302, 303, 307, 308) or not allow_redirects:
                return resp
            location = resp.headers.get('Location')
            if not location:
                return resp
            history.append(resp)
            if len(history) > max_redirects:
                raise TooManyRedirects(resp.request_info, tuple(history),
                                       status=resp.status, message=resp.reason,
                                       headers=resp.headers)
            if (resp.status == 303 and method != 'HEAD') or (
                    resp.status in (301, 302) and method == 'POST'):
                method = 'GET'
                body, ctype = None, None
            url = url.join(URL(location))

    def _body(self, data, json_body):
        if json_body is not None:
            return _json.dumps(json_body).encode('utf-8'), 'application/json'
        if data is None:
            return None, None
        if isinstance(data, (bytes, bytearray)):
            return bytes(data), 'application/octet-stream'
        if isinstance(data, str):
            return data.encode('utf-8'), 'text/plain; charset=utf-8'
        if isinstance(data, dict) or isinstance(data, (list, tuple)):
            return _encode_params(data).encode('ascii'), 'application/x-www-form-urlencoded'
        raise TypeError('pyco\'s aiohttp: unsupported data type %r (use bytes, str, a dict '
                        'or a list of pairs)' % type(data).__name__)

    async def _send(self, method, url, body, ctype, headers, history):
        if url.scheme not in ('http', 'https'):
            raise NonHttpUrlClientError(url)
        host = url.host
        if not host:
            raise InvalidUrlClientError(url)
        port = url.port
        key = ConnectionKey(host, port, url.scheme == 'https', True, None, None, None, None)
        if url.scheme == 'https':
            raise ClientConnectorSSLError(
                key, OSError(0, 'pyco has no TLS: https:// URLs are not supported'))
        all_headers = CIMultiDict()
        netloc = host if url.explicit_port is None else '%s:%s' % (host, port)
        all_headers['Host'] = netloc
        all_headers['Accept'] = '*/*'
        all_headers['User-Agent'] = SERVER_SOFTWARE
        all_headers.update(self._default_headers)
        if headers:
            all_headers.update(headers)
        if body is not None:
            all_headers.setdefault('Content-Type', ctype)
            all_headers['Content-Length'] = str(len(body))
        elif method in ('POST', 'PUT', 'PATCH'):
            all_headers['Content-Length'] = '0'
        info = RequestInfo(url, method, CIMultiDictProxy(all_headers), url)
        try:
            reader, writer = await asyncio.open_connection(host, port)
        except socket.gaierror as e:
            raise ClientConnectorDNSError(key, e) from e
        except OSError as e:
            raise ClientConnectorError(key, e) from e
        try:
            lines = ['%s %s HTTP/1.1' % (method, url.raw_path_qs)]
            lines += ['%s: %s' % kv for kv in all_headers.items()]
            writer.write(('\r\n'.join(lines) + '\r\n\r\n').encode('utf-8') + (body or b''))
            await writer.drain()
            return await self._read_response(reader, method, url, info, history)
        finally:
            writer.close()

    async def _read_response(self, reader, method, url, info, history):
        while True:
            try:
                head = await reader.readuntil(b'\r\n\r\n')
            except asyncio.IncompleteReadError:
                raise ServerDisconnectedError() from None
            try:
                first, headers = parse_head(head[:-4])
                version_text, _, rest = first.partition(' ')
                version = parse_version(version_text)
                code, _, reason = rest.partition(' ')
                status = int(code)
            except (BadHttpMessage, ValueError):
                raise ClientResponseError(info, tuple(history), status=400,
                                          message='Invalid response status') from None
            if status != 100:
                break
        if method == 'HEAD' or status in (204, 304) or 100 <= status < 200:
            body = b''
        elif 'chunked' in headers.get('Transfer-Encoding', '').lower():
            data = b''
            while True:
                found = dechunk(data, 0)
                if found is not None:
                    body = found[0]
                    break
                chunk = await reader.read(65536)
                if not chunk:
                    raise ClientPayloadError('Response payload is not completed')
                data += chunk
        elif 'Content-Length' in headers:
            try:
                body = await reader.readexactly(int(headers['Content-Length']))
            except asyncio.IncompleteReadError:
                raise ClientPayloadError('Response payload is not completed') from None
        else:
            body = await reader.read()
        return ClientResponse(method, url, status, reason, version, headers, body, info,
                              history)


class TooManyRedirects(ClientResponseError):
    pass


def request(method, url, **kwargs):
    """One request on a new session (`async with aiohttp.request('GET', url) as resp`)."""

    async def run():
        async with ClientSession() as session:
            return await session._request(method, url, **kwargs)
    return _RequestContextManager(run())
