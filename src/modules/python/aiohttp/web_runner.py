"""aiohttp.web's runners: `AppRunner` (set up and clean up an application and the server
that answers for it) and `TCPSite` (listen on a host and port with `loop.create_server`)."""

import asyncio
from aiohttp.web_app import Server


class AppRunner:
    def __init__(self, app, *, handle_signals=False, **kwargs):
        self._app = app
        self._server = None
        self._sites = []

    @property
    def app(self):
        return self._app

    @property
    def server(self):
        return self._server

    @property
    def sites(self):
        return set(self._sites)

    @property
    def addresses(self):
        """The socket names the sites listen on (`(host, port)` for IPv4)."""
        found = []
        for site in self._sites:
            if site._server is not None:
                for sock in site._server.sockets:
                    found.append(sock.getsockname())
        return found

    async def setup(self):
        self._app.freeze()
        await self._app.startup()
        self._server = Server(self._app)

    async def shutdown(self):
        """Runs the application's on_shutdown callbacks."""
        await self._app.shutdown()

    async def cleanup(self):
        """Stops the sites, closes the connections, then runs on_shutdown and
        on_cleanup."""
        for site in list(self._sites):
            await site.stop()
        if self._server is not None:
            await self._server.shutdown()
        await self.shutdown()
        await self._app.cleanup()
        self._server = None


class BaseSite:
    def __init__(self, runner, *, shutdown_timeout=60.0, backlog=128, **kwargs):
        if runner.server is None:
            raise RuntimeError('Call runner.setup() before making a site')
        self._runner = runner
        self._backlog = backlog
        self._server = None

    async def stop(self):
        if self._server is not None:
            self._server.close()
            self._server = None
        if self in self._runner._sites:
            self._runner._sites.remove(self)


class TCPSite(BaseSite):
    def __init__(self, runner, host=None, port=None, *, shutdown_timeout=60.0, backlog=128,
                 reuse_address=None, reuse_port=None, **kwargs):
        super().__init__(runner, shutdown_timeout=shutdown_timeout, backlog=backlog)
        self._host = host
        self._port = 8080 if port is None else port
        self._reuse_address = reuse_address

    @property
    def name(self):
        return 'http://%s:%s' % (self._host or '0.0.0.0', self._port)

    def __repr__(self):
        return '<TCPSite %s>' % self.name

    async def start(self):
        loop = asyncio.get_event_loop()
        self._server = await loop.create_server(
            self._runner.server, self._host, self._port, backlog=self._backlog,
            reuse_address=self._reuse_address)
        self._runner._sites.append(self)
