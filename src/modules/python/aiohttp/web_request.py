"""aiohttp.web's `Request`: what a handler gets. The method, path, query, headers and
match_info of one parsed request, its body (already read by the connection) through
`read`, `text`, `json` and `post`, and a dict-like store for the handler's own data."""

import json
from collections.abc import MutableMapping
from urllib.parse import unquote, parse_qsl
from multidict import MultiDict, MultiDictProxy, CIMultiDictProxy
from aiohttp.http import HttpVersion11
from aiohttp.web_response import _split_content_type
from yarl import URL


class StateMapping(MutableMapping):
    """The user's own data kept on an application or a request (`app['db'] = ...`),
    compared by identity as aiohttp's are. Subclasses set `self._state = {}`."""

    def __getitem__(self, key):
        return self._state[key]

    def __setitem__(self, key, value):
        self._state[key] = value

    def __delitem__(self, key):
        del self._state[key]

    def __iter__(self):
        return iter(self._state)

    def __len__(self):
        return len(self._state)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)


class Request(StateMapping):
    def __init__(self, message, protocol, app=None):
        self._message = message
        self._protocol = protocol
        self._app = app
        self._state = {}
        self._match_info = None
        self._post = None
        self.method = message.method
        self.version = message.version
        self.raw_path = message.target
        path, _, query = message.target.partition('?')
        self.path = unquote(path)
        self.query_string = query
        self.headers = CIMultiDictProxy(message.headers)
        self._body = message.body
        self._read_done = False


    def __repr__(self):
        return '<Request %s %s >' % (self.method, self.path)

    @property
    def app(self):
        return self._app

    @property
    def match_info(self):
        return self._match_info

    @property
    def query(self):
        return MultiDictProxy(MultiDict(parse_qsl(self.query_string, keep_blank_values=True)))

    @property
    def rel_url(self):
        return URL(self.raw_path)

    @property
    def host(self):
        return self.headers.get('Host') or self._protocol.local_host()

    @property
    def scheme(self):
        return 'http'

    @property
    def secure(self):
        return False

    @property
    def url(self):
        return URL('http://%s%s' % (self.host, self.raw_path))

    @property
    def remote(self):
        peer = self._protocol.peername()
        return peer[0] if isinstance(peer, tuple) else peer

    @property
    def transport(self):
        return self._protocol.transport

    @property
    def keep_alive(self):
        return self._message.keep_alive

    @property
    def cookies(self):
        found = {}
        for header in self.headers.getall('Cookie', []):
            for part in header.split(';'):
                name, sep, value = part.strip().partition('=')
                if sep:
                    found[name] = value
        return found

    @property
    def content_type(self):
        value = self.headers.get('Content-Type')
        return _split_content_type(value)[0] if value else 'application/octet-stream'

    @property
    def charset(self):
        value = self.headers.get('Content-Type')
        return _split_content_type(value)[1] if value else None

    @property
    def content_length(self):
        value = self.headers.get('Content-Length')
        return int(value) if value is not None else None

    @property
    def body_exists(self):
        return bool(self._body)

    @property
    def can_read_body(self):
        return bool(self._body) and not self._read_done

    has_body = body_exists

    async def read(self):
        self._read_done = True
        return self._body

    async def text(self):
        return (await self.read()).decode(self.charset or 'utf-8')

    async def json(self, *, loads=json.loads):
        return loads(await self.text())

    async def post(self):
        """The form fields of a urlencoded body (an empty MultiDictProxy for other
        requests)."""
        if self._post is not None:
            return self._post
        if self.method not in ('POST', 'PUT', 'PATCH', 'TRACE', 'DELETE'):
            self._post = MultiDictProxy(MultiDict())
            return self._post
        ctype = self.content_type
        if ctype == 'multipart/form-data':
            raise NotImplementedError(
                "pyco's aiohttp: multipart/form-data request bodies are not supported")
        if ctype not in ('', 'application/x-www-form-urlencoded'):
            self._post = MultiDictProxy(MultiDict())
            return self._post
        text = (await self.read()).decode(self.charset or 'utf-8')
        self._post = MultiDictProxy(MultiDict(parse_qsl(text, keep_blank_values=True)))
        return self._post


BaseRequest = Request
