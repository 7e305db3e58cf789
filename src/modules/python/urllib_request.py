"""pyco's urllib.request: `urlopen(url_or_request, data=None, timeout=...)` for plain
`http://` URLs over http.client, following redirects (301, 302, 303, 307, 308) as
CPython's default opener does, raising `HTTPError` for error statuses and `URLError`
when the connection fails. `Request` carries the URL, method, headers and body. There
is no TLS (`https://` raises URLError), proxy, cookie or authentication handling."""

import socket
import http.client
from urllib.parse import urlsplit, urlparse, urlunparse, urljoin, unquote, quote
from urllib.error import URLError, HTTPError

__version__ = '3.11'
_MAX_REDIRECTIONS = 10
_MAX_REPEATS = 4
_INF_MSG = ('The HTTP server returned a redirect error that would lead to an infinite '
            'loop.\nThe last 30x error message was:\n')
_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'


class Request:
    """An HTTP request: `Request(url, data=None, headers={}, method=None)`."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url, _, self.fragment = url.strip().partition('#')
        self._parse()

    def _parse(self):
        scheme, sep, rest = self._full_url.partition(':')
        if not sep or not scheme:
            raise ValueError('unknown url type: %r' % self.full_url)
        self.type = scheme.lower()
        parts = urlsplit(self._full_url)
        self.host = unquote(parts.netloc) if parts.netloc else None
        self.selector = rest[2 + len(parts.netloc):] if rest.startswith('//') else rest

    def get_method(self):
        default_method = 'POST' if self.data is not None else 'GET'
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name,
                                self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


Request.__module__ = 'urllib.request'


def _open_once(req, timeout):
    if req.type != 'http':
        if req.type == 'https':
            raise URLError('unknown url type: https (pyco has no TLS)')
        raise URLError('unknown url type: %s' % req.type)
    if not req.host:
        raise URLError('no host given')
    conn = http.client.HTTPConnection(req.host, timeout=timeout)
    data = req.data
    if data is not None:
        if isinstance(data, str):
            raise TypeError('POST data should be bytes, an iterable of bytes, or a file '
                            'object. It cannot be of type str.')
        if not req.has_header('Content-type'):
            req.add_unredirected_header('Content-type', 'application/x-www-form-urlencoded')
        if not req.has_header('Content-length'):
            req.add_unredirected_header('Content-length', '%d' % len(data))
    if not req.has_header('Host'):
        req.add_unredirected_header('Host', req.host)
    if not req.has_header('User-agent'):
        req.add_unredirected_header('User-agent', 'Python-urllib/3.11')
    headers = dict(req.unredirected_hdrs)
    headers.update({k: v for k, v in req.headers.items() if k not in headers})
    headers['Connection'] = 'close'
    headers = {name.title(): val for name, val in headers.items()}
    try:
        try:
            conn.request(req.get_method(), req.selector or '/', data, headers)
        except OSError as err:
            raise URLError(err)
        r = conn.getresponse()
    except BaseException:
        conn.close()
        raise
    r.url = req.get_full_url()
    r.msg = r.reason
    return r


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None,
            capath=None, cadefault=False, context=None):
    """Open an http:// URL (or a Request); returns the response (`read()`, `status`,
    `headers`, `url`, `getcode()`, and a context manager)."""
    req = url if isinstance(url, Request) else Request(url, data)
    if data is not None:
        req.data = data
    visited = {}
    while True:
        r = _open_once(req, timeout)
        code = r.status
        if 200 <= code < 300:
            return r
        msg, headers = r.reason, r.headers
        newurl = headers.get('location') or headers.get('uri')
        if code not in (301, 302, 303, 307, 308) or newurl is None:
            raise HTTPError(req.full_url, code, msg, headers, r)
        # As CPython's HTTPRedirectHandler.http_error_302.
        urlparts = urlparse(newurl)
        if urlparts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code, "%s - Redirection to url '%s' is not allowed"
                            % (msg, newurl), headers, r)
        if not urlparts.path and urlparts.netloc:
            urlparts = list(urlparts)
            urlparts[2] = '/'
        newurl = urlunparse(urlparts)
        newurl = quote(newurl, encoding='iso-8859-1', safe=_PUNCTUATION)
        newurl = urljoin(req.full_url, newurl)
        method = req.get_method()
        if not (code in (301, 302, 303, 307, 308) and method in ('GET', 'HEAD')
                or code in (301, 302, 303) and method == 'POST'):
            raise HTTPError(req.full_url, code, msg, headers, r)
        newheaders = {k: v for k, v in req.headers.items()
                      if k.lower() not in ('content-length', 'content-type')}
        new = Request(newurl, headers=newheaders, origin_req_host=req.origin_req_host,
                      unverifiable=True, method='HEAD' if method == 'HEAD' else 'GET')
        if visited.get(newurl, 0) >= _MAX_REPEATS or len(visited) >= _MAX_REDIRECTIONS:
            raise HTTPError(req.full_url, code, _INF_MSG + msg, headers, r)
        visited[newurl] = visited.get(newurl, 0) + 1
        r.read()
        r.close()
        req = new


def build_opener(*handlers):
    raise NotImplementedError('urllib.request.build_opener() is not supported by pyco '
                              '(urlopen only)')


def install_opener(opener):
    raise NotImplementedError('urllib.request.install_opener() is not supported by pyco '
                              '(urlopen only)')
