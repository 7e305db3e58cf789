"""aiohttp.web's `Application`: the router, middlewares, start-up/shutdown/clean-up
signals, a dict-like store for shared state, and the request handling chain that turns a
request into a response (middlewares, then the matched route's handler; an
`HTTPException` raised on the way is the response)."""

import asyncio
import warnings
from aiohttp.web_urldispatcher import UrlDispatcher
from aiohttp.web_exceptions import HTTPException
from aiohttp.web_response import StreamResponse
from aiohttp.web_request import Request, StateMapping


class Signal(list):
    """Callbacks run in order with the application (`await cb(app)`)."""

    def __init__(self, owner):
        super().__init__()
        self._owner = owner

    def __repr__(self):
        return '<Signal owner=%r, frozen=False, %s>' % (self._owner, list.__repr__(self))

    async def send(self, *args):
        for receiver in self:
            await receiver(*args)


def middleware(f):
    """Marks `f(request, handler)` as a new-style middleware (the only kind supported)."""
    f.__middleware_version__ = 1
    return f


class Application(StateMapping):
    """The web application: its router, middlewares, signals, and (as a mapping) the
    user's own data."""

    def __init__(self, *, logger=None, router=None, middlewares=(), handler_args=None,
                 client_max_size=1024 ** 2, loop=None, debug=...):
        if loop is not None:
            warnings.warn('loop argument is deprecated', DeprecationWarning, stacklevel=2)
        self._loop = loop
        self._router = router if router is not None else UrlDispatcher()
        self._middlewares = list(middlewares)
        self._state = {}
        self._frozen = False
        self._client_max_size = client_max_size
        self.on_startup = Signal(self)
        self.on_shutdown = Signal(self)
        self.on_cleanup = Signal(self)
        self.on_response_prepare = Signal(self)

    def __repr__(self):
        return '<Application 0x%x>' % id(self)

    def __setitem__(self, key, value):
        if self._frozen:
            warnings.warn('Changing state of started or joined application is deprecated',
                          DeprecationWarning, stacklevel=2)
        self._state[key] = value

    @property
    def router(self):
        return self._router

    @property
    def middlewares(self):
        return self._middlewares

    @property
    def loop(self):
        return self._loop

    @property
    def frozen(self):
        return self._frozen

    def freeze(self):
        self._frozen = True
        self._router.freeze()

    def add_routes(self, routes):
        return self._router.add_routes(routes)

    async def startup(self):
        await self.on_startup.send(self)

    async def shutdown(self):
        await self.on_shutdown.send(self)

    async def cleanup(self):
        await self.on_cleanup.send(self)

    def make_handler(self, *, loop=None, access_log_class=None, **kwargs):
        warnings.warn('Application.make_handler(...) is deprecated, use AppRunner API instead',
                      DeprecationWarning, stacklevel=2)
        self.freeze()
        return Server(self)

    def _make_request(self, message, protocol):
        return Request(message, protocol, self)

    async def _handle(self, request):
        try:
            match_info = self._router.resolve(request)
            request._match_info = match_info
            handler = match_info.handler
            for mw in reversed(self._middlewares):
                handler = _bind(mw, handler)
            resp = await handler(request)
        except HTTPException as exc:
            return exc
        if not isinstance(resp, StreamResponse):
            raise RuntimeError('Missing return statement on request handler'
                               if resp is None else
                               'Web-handler should return a response instance, got %r' % (resp,))
        return resp


def _bind(mw, handler):
    if getattr(mw, '__middleware_version__', None) != 1:
        raise TypeError('%r is an old-style middleware factory; pyco supports only '
                        'new-style middlewares (decorated with @web.middleware)' % (mw,))

    async def call(request):
        return await mw(request, handler)
    return call


class Server:
    """The protocol factory `make_handler()` returns (for `loop.create_server`); also what
    an AppRunner serves through. Keeps the open connections so they can be closed."""

    def __init__(self, app):
        self.app = app
        self.connections = []

    def __call__(self):
        from aiohttp.web_protocol import RequestHandler
        return RequestHandler(self, asyncio.get_event_loop())

    def make_request(self, message, protocol):
        return self.app._make_request(message, protocol)

    async def handle(self, request):
        return await self.app._handle(request)

    async def shutdown(self, timeout=None):
        for conn in list(self.connections):
            conn.close()
        # let the close of each transport reach its protocol
        await asyncio.sleep(0)
