# pyco-needs: aiohttp
"""aiohttp.web routing: add_route/add_get/add_post, add_routes with web.get/web.post,
RouteTableDef, `{name}` and `{name:regex}` patterns, match_info, request attributes, and
the 404 and 405 answers, seen as raw HTTP responses (Date left out)."""

import asyncio
from aiohttp import web
from helper_raw_http import exchange, get


async def index(request):
    return web.Response(text='index of %s %s' % (request.method, request.path))


async def hello(request):
    return web.Response(text='hello, %s' % request.match_info['name'])


async def item(request):
    info = request.match_info
    return web.Response(text='item %r in %r' % (info['id'], info.get('group')))


async def form(request):
    return web.Response(text='posted')


async def query(request):
    q = request.query
    return web.Response(text='%s %s %s' % (sorted(q.keys()), q.get('a'), q.getall('b', [])))


async def anything(request):
    return web.Response(text='any ' + request.method)


routes = web.RouteTableDef()


@routes.get('/table')
async def table(request):
    return web.Response(text='from the table, ua=%s' % request.headers.get('user-agent'))


async def main():
    app = web.Application()
    app.router.add_route('GET', '/', index)
    app.router.add_route('GET', '/hello/{name}', hello)
    app.router.add_get('/item/{group}/{id:\\d+}', item)
    app.router.add_post('/form', form)
    app.add_routes([web.get('/query', query), web.route('*', '/any', anything)])
    app.add_routes(routes)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    port = runner.addresses[0][1]
    await exchange(
        port,
        get('/'),
        get('/hello/world'),
        get('/hello/%E4%B8%96%E7%95%8C'),
        get('/item/tools/42'),
        get('/item/tools/x42'),
        get('/form', method='POST', body=b'a=1'),
        get('/form'),
        get('/query?b=2&a=1&b=3&c='),
        get('/any', method='DELETE'),
        get('/table', 'User-Agent: tester/1.0'),
        get('/nowhere'),
        get('/', method='HEAD'),
        get('/item/a/1', method='HEAD'),
    )
    await runner.cleanup()


asyncio.run(main())
