"""pyco's yarl: the `URL` type aiohttp uses for request and response URLs, after the yarl
package: an immutable parsed URL that prints as its string (str) or as URL('...') (repr),
with the common parts (scheme, host, port, path, query_string, query, fragment) and
`with_query`/`with_path`/`join`/the `/` operator."""

from urllib.parse import urlsplit, urlunsplit, unquote, parse_qsl, urlencode, urljoin
from multidict import MultiDict, MultiDictProxy

_DEFAULT_PORTS = {'http': 80, 'https': 443, 'ws': 80, 'wss': 443}


class URL:
    __slots__ = ('_val',)

    def __init__(self, val='', *, encoded=False):
        if isinstance(val, URL):
            val = str(val)
        if not isinstance(val, str):
            raise TypeError('Constructor parameter should be str')
        self._val = urlsplit(val)

    @classmethod
    def build(cls, *, scheme='', host='', port=None, path='', query_string='', fragment=''):
        netloc = host if port is None else '%s:%s' % (host, port)
        return cls(urlunsplit((scheme, netloc, path, query_string, fragment)))

    def __str__(self):
        v = self._val
        return urlunsplit((v.scheme, v.netloc, v.path, v.query, v.fragment))

    def __repr__(self):
        return "URL('%s')" % str(self)

    def __eq__(self, other):
        if not isinstance(other, URL):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def __truediv__(self, name):
        if not isinstance(name, str):
            return NotImplemented
        path = self._val.path.rstrip('/') + '/' + name
        return URL(urlunsplit((self._val.scheme, self._val.netloc, path, '', '')))

    def is_absolute(self):
        return bool(self._val.netloc)

    @property
    def scheme(self):
        return self._val.scheme

    @property
    def host(self):
        return self._val.hostname

    @property
    def port(self):
        return self._val.port or _DEFAULT_PORTS.get(self._val.scheme)

    @property
    def explicit_port(self):
        return self._val.port

    @property
    def user(self):
        return self._val.username

    @property
    def password(self):
        return self._val.password

    @property
    def raw_path(self):
        return self._val.path or ('/' if self._val.netloc else '')

    @property
    def path(self):
        return unquote(self.raw_path)

    @property
    def path_qs(self):
        return self.path + ('?' + self.query_string if self.query_string else '')

    @property
    def raw_path_qs(self):
        return self.raw_path + ('?' + self._val.query if self._val.query else '')

    @property
    def query_string(self):
        return unquote(self._val.query)

    @property
    def raw_query_string(self):
        return self._val.query

    @property
    def query(self):
        return MultiDictProxy(MultiDict(parse_qsl(self._val.query, keep_blank_values=True)))

    @property
    def fragment(self):
        return self._val.fragment

    @property
    def name(self):
        return self.path.rsplit('/', 1)[-1]

    @property
    def parent(self):
        path = self.raw_path.rstrip('/').rsplit('/', 1)[0] or '/'
        return URL(urlunsplit((self._val.scheme, self._val.netloc, path, '', '')))

    def origin(self):
        v = self._val
        netloc = v.hostname if v.port is None else '%s:%s' % (v.hostname, v.port)
        return URL(urlunsplit((v.scheme, netloc, '', '', '')))

    def with_query(self, *args, **kwargs):
        query = args[0] if args else kwargs
        if query is None:
            text = ''
        elif isinstance(query, str):
            text = query
        else:
            items = query.items() if hasattr(query, 'items') else query
            text = urlencode([(k, str(v)) for k, v in items])
        v = self._val
        return URL(urlunsplit((v.scheme, v.netloc, v.path, text, v.fragment)))

    def update_query(self, *args, **kwargs):
        merged = MultiDict(self.query)
        merged.update(*args, **kwargs)
        return self.with_query(merged)

    def with_path(self, path):
        v = self._val
        return URL(urlunsplit((v.scheme, v.netloc, path, '', '')))

    def with_fragment(self, fragment):
        v = self._val
        return URL(urlunsplit((v.scheme, v.netloc, v.path, v.query, fragment or '')))

    def join(self, url):
        return URL(urljoin(str(self), str(url)))
