# pyco-needs: aiohttp
"""aiohttp.web responses as raw HTTP (Date left out): Response with body, text, status,
reason, content_type, charset and headers; json_response; raised and returned HTTP
exceptions (redirects, 400 with a text, 204 without a body); request bodies read with
read(), text(), json() and post(); middlewares; app state and on_startup/on_cleanup."""

import asyncio
from aiohttp import web
from helper_raw_http import exchange, get


async def plain(request):
    kind = request.match_info['kind']
    if kind == 'bytes':
        return web.Response(body=b'\x00\x01raw')
    if kind == 'text':
        return web.Response(text='naïve text')
    if kind == 'html':
        return web.Response(text='<b>hi</b>', content_type='text/html')
    if kind == 'latin':
        return web.Response(text='café', charset='latin-1')
    if kind == 'created':
        return web.Response(status=201, text='made', headers={'X-Id': '7', 'Location': '/x/7'})
    if kind == 'reason':
        return web.Response(status=299, reason='Custom Reason')
    if kind == 'empty':
        return web.Response()
    if kind == 'json':
        return web.json_response({'a': [1, 2], 'b': None, 'c': 'ü'})
    if kind == 'json-status':
        return web.json_response([1], status=202, headers={'X-A': 'b'})
    if kind == 'str-body':
        return web.Response(body='str body')
    raise web.HTTPNotFound(text='no kind %s' % kind)


async def fail(request):
    what = request.match_info['what']
    if what == 'found':
        raise web.HTTPFound('/elsewhere')
    if what == 'moved':
        raise web.HTTPMovedPermanently(location='/new')
    if what == 'bad':
        raise web.HTTPBadRequest(text='bad input', headers={'X-Why': 'test'})
    if what == 'forbidden':
        raise web.HTTPForbidden()
    if what == 'nocontent':
        raise web.HTTPNoContent()
    if what == 'returned':
        return web.HTTPConflict()
    if what == 'unavailable':
        raise web.HTTPServiceUnavailable(reason='Busy')
    return web.Response(text='?')


async def body(request):
    how = request.match_info['how']
    if how == 'read':
        data = await request.read()
        return web.Response(text='%r %s %s' % (data, request.content_length, request.content_type))
    if how == 'text':
        return web.Response(text='[%s] %s' % (await request.text(), request.charset))
    if how == 'json':
        doc = await request.json()
        return web.json_response({'got': doc, 'can_read_body': request.can_read_body})
    form = await request.post()
    return web.Response(text='%s %s %s' % (sorted(form.items()), form.get('a'), form.getall('b', [])))


@web.middleware
async def tag(request, handler):
    request['seen'] = True
    resp = await handler(request)
    resp.headers['X-Middleware'] = 'tag'
    return resp


async def state(request):
    return web.Response(text='%s %s %s' % (request.app['greeting'], request['seen'], len(request.app)))


async def on_startup(app):
    print('startup', app['greeting'])


async def on_cleanup(app):
    print('cleanup')


async def main():
    app = web.Application(middlewares=[tag])
    app['greeting'] = 'hi'
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    app.router.add_get('/plain/{kind}', plain)
    app.router.add_get('/fail/{what}', fail)
    app.router.add_post('/body/{how}', body)
    app.router.add_get('/state', state)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    port = runner.addresses[0][1]
    kinds = ['bytes', 'text', 'html', 'latin', 'created', 'reason', 'empty', 'json',
             'json-status', 'str-body', 'nothing']
    await exchange(port, *[get('/plain/' + k) for k in kinds])
    whats = ['found', 'moved', 'bad', 'forbidden', 'nocontent', 'returned',
             'unavailable']
    await exchange(port, *[get('/fail/' + w) for w in whats])
    await exchange(
        port,
        get('/body/read', 'Content-Type: application/octet-stream', method='POST', body=b'\x01\x02'),
        get('/body/text', 'Content-Type: text/plain; charset=utf-8', method='POST', body='ünï'.encode()),
        get('/body/json', 'Content-Type: application/json', method='POST', body=b'{"x": [1, 2.5]}'),
        get('/body/form', 'Content-Type: application/x-www-form-urlencoded', method='POST',
            body=b'a=1&b=2&b=3+4&c=%C3%A9'),
        get('/state'),
    )
    print(web.HTTPNotFound(), repr(web.HTTPFound('/x')), web.HTTPNotFound().status,
          isinstance(web.HTTPNotFound(), web.Response), issubclass(web.HTTPNotFound, Exception))
    await runner.cleanup()


asyncio.run(main())
