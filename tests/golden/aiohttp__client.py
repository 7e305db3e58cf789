# pyco-needs: aiohttp
"""aiohttp's client against an aiohttp server in the same program: ClientSession as an
async context manager, get/post/put/delete with params, data, json and headers, the
response's status, reason, ok, url, headers, text(), read(), json(), content,
redirects and history, raise_for_status, a total timeout, and ClientConnectorError for a
refused connection (the ephemeral port is printed as PORT)."""

import asyncio
import socket
import aiohttp
from aiohttp import web


async def echo(request):
    return web.json_response({
        'method': request.method,
        'query': dict(request.query),
        'body': (await request.read()).decode(),
        'type': request.content_type,
        'x': request.headers.get('X-Test'),
    })


async def text(request):
    return web.Response(text='héllo')


async def redirect(request):
    n = int(request.match_info['n'])
    raise web.HTTPFound('/redirect/%d' % (n - 1) if n > 1 else '/text')


async def missing(request):
    raise web.HTTPNotFound(text='nothing here')


async def slow(request):
    await asyncio.sleep(1)
    return web.Response(text='late')


async def main():
    app = web.Application()
    app.router.add_route('*', '/echo', echo)
    app.router.add_get('/text', text)
    app.router.add_get('/redirect/{n}', redirect)
    app.router.add_get('/missing', missing)
    app.router.add_get('/slow', slow)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    port = runner.addresses[0][1]
    base = 'http://127.0.0.1:%d' % port

    def short(value):
        return str(value).replace(str(port), 'PORT')

    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/echo', params={'a': '1', 'b': 'x y'}) as resp:
            print(resp.status, resp.reason, resp.ok, short(resp.url), resp.content_type)
            print(await resp.json())
        async with session.post(base + '/echo', data={'k': 'v', 'n': '2'}) as resp:
            print(await resp.json())
        async with session.post(base + '/echo', json={'list': [1, None]}) as resp:
            print(await resp.json())
        async with session.put(base + '/echo', data=b'bytes', headers={'X-Test': 'yes'}) as resp:
            print(await resp.json())
        async with session.delete(base + '/echo') as resp:
            print((await resp.json())['method'])
        async with session.get(base + '/text') as resp:
            print(await resp.text(), await resp.read(), resp.charset, resp.headers['Content-Length'])
            print(resp.headers.get('content-type'), 'Server' in resp.headers)
        resp = await session.get(base + '/text')
        print(await resp.content.read())
        resp.release()
        async with session.get(base + '/redirect/3') as resp:
            print(resp.status, short(resp.url), [h.status for h in resp.history])
            print([short(h.url) for h in resp.history])
        async with session.get(base + '/redirect/2', allow_redirects=False) as resp:
            print(resp.status, resp.headers['Location'])
        async with session.get(base + '/missing') as resp:
            print(resp.status, resp.ok, await resp.text())
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print(type(e).__name__, short(e), e.status, e.message)
        async with session.get(base + '/text') as resp:
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print(type(e).__name__, short(e))
        try:
            await session.get(base + '/slow', timeout=aiohttp.ClientTimeout(total=0.2))
        except asyncio.TimeoutError as e:
            print('timeout', type(e).__name__)
    print(session.closed)

    closed = socket.socket()
    closed.bind(('127.0.0.1', 0))
    free = closed.getsockname()[1]
    closed.close()
    async with aiohttp.ClientSession() as session:
        try:
            await session.get('http://127.0.0.1:%d/' % free)
        except aiohttp.ClientConnectorError as e:
            print(type(e).__name__, str(e).replace(str(free), 'PORT'))
            print(isinstance(e, aiohttp.ClientError), isinstance(e, OSError), e.host)
    await runner.cleanup()


asyncio.run(main())
