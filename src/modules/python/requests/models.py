"""requests.models: `Request` (what the caller asked for), `PreparedRequest` (the exact
method, URL, headers and body to send, built as requests builds them) and `Response`
(status, headers, body, encoding, `text`, `json()`, `raise_for_status()`)."""

import json as _json
import datetime
from urllib.parse import urlsplit, urlunsplit, urlencode, quote
from requests.structures import CaseInsensitiveDict
from requests.exceptions import (HTTPError, MissingSchema, InvalidURL, InvalidJSONError,
                                 JSONDecodeError as RequestsJSONDecodeError)

REDIRECT_STATI = (301, 302, 303, 307, 308)
_UNRESERVED = "!#$%&'()*+,/:;=?@[]~"


def requote_uri(uri):
    """Quotes what is not already quoted, as requests does (keeps valid %XX escapes)."""
    parts = uri.split('%')
    for i in range(1, len(parts)):
        h = parts[i][:2]
        if len(h) == 2 and h.isalnum():
            try:
                int(h, 16)
                continue
            except ValueError:
                pass
        parts[i] = '25' + parts[i]
    return quote('%'.join(parts), safe=_UNRESERVED + '%')


def _encode_params(data):
    if isinstance(data, (str, bytes)):
        return data
    if hasattr(data, 'read'):
        return data
    if hasattr(data, '__iter__'):
        result = []
        items = data.items() if hasattr(data, 'items') else data
        for k, vs in items:
            if isinstance(vs, (str, bytes)) or not hasattr(vs, '__iter__'):
                vs = [vs]
            for v in vs:
                if v is not None:
                    result.append((k.encode('utf-8') if isinstance(k, str) else k,
                                   v.encode('utf-8') if isinstance(v, str) else v))
        return urlencode(result, doseq=True)
    return data


class Request:
    def __init__(self, method=None, url=None, headers=None, files=None, data=None,
                 params=None, auth=None, cookies=None, hooks=None, json=None):
        self.method = method
        self.url = url
        self.headers = headers if headers is not None else {}
        self.data = data if data is not None else []
        self.json = json
        self.params = params if params is not None else {}

    def __repr__(self):
        return '<Request [%s]>' % self.method

    def prepare(self):
        p = PreparedRequest()
        p.prepare(method=self.method, url=self.url, headers=self.headers, data=self.data,
                  params=self.params, json=self.json)
        return p


class PreparedRequest:
    def __init__(self):
        self.method = None
        self.url = None
        self.headers = None
        self.body = None

    def __repr__(self):
        return '<PreparedRequest [%s]>' % self.method

    def prepare(self, method=None, url=None, headers=None, data=None, params=None,
                json=None):
        self.method = method.upper() if method is not None else None
        self.prepare_url(url, params)
        self.headers = CaseInsensitiveDict()
        if headers:
            for name, value in headers.items():
                self.headers[name] = value
        self.prepare_body(data, json)

    def copy(self):
        p = PreparedRequest()
        p.method = self.method
        p.url = self.url
        p.headers = self.headers.copy() if self.headers is not None else None
        p.body = self.body
        return p

    def prepare_url(self, url, params):
        if isinstance(url, bytes):
            url = url.decode('utf8')
        else:
            url = str(url)
        url = url.lstrip()
        if ':' in url and not url.lower().startswith('http'):
            self.url = url
            return
        try:
            scheme, netloc, path, query, fragment = urlsplit(url)
        except ValueError as e:
            raise InvalidURL(*e.args)
        if not scheme:
            raise MissingSchema('Invalid URL %r: No scheme supplied. '
                                'Perhaps you meant https://%s?' % (url, url))
        host = netloc.rpartition('@')[2]
        if host.startswith('['):
            hostname = host.partition(']')[0][1:]
        else:
            hostname = host.partition(':')[0]
        if not hostname:
            raise InvalidURL('Invalid URL %r: No host supplied' % url)
        if not path:
            path = '/'
        if params:
            enc = _encode_params(params)
            if isinstance(enc, bytes):
                enc = enc.decode('utf-8')
            if enc:
                query = '%s&%s' % (query, enc) if query else enc
        self.url = requote_uri(urlunsplit((scheme, netloc, path, query, fragment)))

    def prepare_body(self, data, json):
        body = None
        content_type = None
        if not data and json is not None:
            content_type = 'application/json'
            try:
                body = _json.dumps(json, allow_nan=False)
            except ValueError as ve:
                raise InvalidJSONError(ve, request=self)
            body = body.encode('utf-8')
        elif data:
            if hasattr(data, 'read'):
                body = data.read()
            else:
                body = _encode_params(data)
                if isinstance(data, (str, bytes)) or hasattr(data, 'read'):
                    content_type = None
                else:
                    content_type = 'application/x-www-form-urlencoded'
        if body is not None:
            length = len(body.encode('utf-8') if isinstance(body, str) else body)
            self.headers['Content-Length'] = str(length)
        elif self.method not in ('GET', 'HEAD'):
            self.headers['Content-Length'] = '0'
        if content_type and 'content-type' not in self.headers:
            self.headers['Content-Type'] = content_type
        self.body = body

    @property
    def path_url(self):
        parts = urlsplit(self.url)
        path = parts.path or '/'
        return path + ('?' + parts.query if parts.query else '')


def get_encoding_from_headers(headers):
    content_type = headers.get('content-type')
    if not content_type:
        return None
    mime, _, rest = content_type.partition(';')
    for param in rest.split(';'):
        key, _, value = param.strip().partition('=')
        if key.strip().lower() == 'charset':
            return value.strip().strip('\'"')
    if 'text' in mime:
        return 'ISO-8859-1'
    if 'application/json' in mime:
        return 'utf-8'
    return None


class Response:
    __attrs__ = ['_content', 'status_code', 'headers', 'url', 'history', 'encoding',
                 'reason', 'cookies', 'elapsed', 'request']

    def __init__(self):
        self._content = False
        self._content_consumed = False
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.raw = None
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.cookies = {}
        self.elapsed = datetime.timedelta(0)
        self.request = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return '<Response [%s]>' % self.status_code

    def __bool__(self):
        return self.ok

    def __iter__(self):
        return self.iter_content(128)

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return 'location' in self.headers and self.status_code in REDIRECT_STATI

    @property
    def is_permanent_redirect(self):
        return 'location' in self.headers and self.status_code in (301, 308)

    @property
    def apparent_encoding(self):
        """A guess from the bytes: 'ascii', 'utf-8', else 'ISO-8859-1' (requests asks
        charset_normalizer, which knows many more encodings)."""
        data = self.content or b''
        if all(b < 128 for b in data):
            return 'ascii'
        try:
            data.decode('utf-8')
            return 'utf-8'
        except UnicodeDecodeError:
            return 'ISO-8859-1'

    @property
    def content(self):
        if self._content is False:
            self._content = b''
        return self._content

    @property
    def text(self):
        if not self.content:
            return ''
        encoding = self.encoding
        if encoding is None:
            encoding = self.apparent_encoding
        try:
            return str(self.content, encoding, errors='replace')
        except (LookupError, TypeError):
            return str(self.content, errors='replace')

    def json(self, **kwargs):
        try:
            return _json.loads(self.text, **kwargs)
        except _json.JSONDecodeError as e:
            raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)

    def iter_content(self, chunk_size=1, decode_unicode=False):
        if chunk_size is not None and not isinstance(chunk_size, int):
            raise TypeError('chunk_size must be an int, it is instead a %s.'
                            % type(chunk_size))
        data = self.content
        size = chunk_size or len(data) or 1
        for i in range(0, len(data), size):
            chunk = data[i:i + size]
            yield chunk.decode(self.encoding or 'utf-8', 'replace') if decode_unicode else chunk

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        data = self.content
        if decode_unicode:
            data = data.decode(self.encoding or 'utf-8', 'replace')
        lines = data.split(delimiter) if delimiter else data.splitlines()
        for line in lines:
            yield line

    def raise_for_status(self):
        reason = self.reason
        if isinstance(reason, bytes):
            try:
                reason = reason.decode('utf-8')
            except UnicodeDecodeError:
                reason = reason.decode('iso-8859-1')
        msg = ''
        if 400 <= self.status_code < 500:
            msg = '%s Client Error: %s for url: %s' % (self.status_code, reason, self.url)
        elif 500 <= self.status_code < 600:
            msg = '%s Server Error: %s for url: %s' % (self.status_code, reason, self.url)
        if msg:
            raise HTTPError(msg, response=self)

    def close(self):
        self._content_consumed = True
