# pyco-needs: aiohttp
"""The chapter's deprecated aiohttp calls: `web.Application(loop=...)` and
`app.make_handler()` each warn once per call site (file, line and source line, as
CPython's warnings module prints them), and still work: the handler serves a request
through `loop.create_server`. Warnings are written to stdout here so that their order
among the other lines is checked (the harness keeps stderr for failures)."""

import sys
import asyncio
from aiohttp import web
from helper_raw_http import exchange, get

sys.stderr = sys.stdout


async def hello(request):
    return web.Response(body=('hello, %s' % request.match_info['name']).encode())


async def main(loop):
    for _ in range(2):
        app = web.Application(loop=loop)
    print('application made')
    app.router.add_route('GET', '/hello/{name}', hello)
    factory = app.make_handler()
    print(type(factory).__name__, callable(factory))
    srv = await loop.create_server(factory, '127.0.0.1', 0)
    await exchange(srv.sockets[0].getsockname()[1], get('/hello/you', 'Connection: close'))
    srv.close()
    await srv.wait_closed()
    app2 = web.Application()
    app2.make_handler()


loop = asyncio.new_event_loop()
loop.run_until_complete(main(loop))
loop.close()
