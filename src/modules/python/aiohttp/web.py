"""aiohttp.web: the server side of pyco's aiohttp (applications, routes, requests,
responses, HTTP exceptions, runners) gathered in one namespace, and `run_app`."""

import asyncio
from aiohttp.web_app import Application, Server, middleware
from aiohttp.web_request import Request, BaseRequest
from aiohttp.web_response import StreamResponse, Response, json_response
from aiohttp.web_exceptions import *
from aiohttp.web_exceptions import HTTPException
from aiohttp.web_urldispatcher import (UrlDispatcher, RouteTableDef, RouteDef, route, head,
                                       options, get, post, put, patch, delete, view)
from aiohttp.web_runner import AppRunner, BaseSite, TCPSite


def run_app(app, *, host=None, port=None, print=print, **kwargs):
    """Serves `app` (or the application an awaitable gives) until interrupted (Ctrl+C)."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    async def start():
        application = app
        if not isinstance(application, Application):
            application = await application
        runner = AppRunner(application)
        await runner.setup()
        site = TCPSite(runner, host, port)
        await site.start()
        if print is not None:
            print('======== Running on %s ========\n(Press CTRL+C to quit)' % site.name)
        return runner

    runner = None
    try:
        runner = loop.run_until_complete(start())
        loop.run_forever()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        if runner is not None:
            loop.run_until_complete(runner.cleanup())
        loop.close()
        asyncio.set_event_loop(None)
