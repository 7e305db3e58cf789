# pyco-needs: aiohttp
"""aiohttp.web connections: HTTP/1.1 keep-alive (several requests on one connection,
also sent in one write), `Connection: close`, HTTP/1.0 with and without keep-alive,
chunked request bodies, `Expect: 100-continue`, and the app served through the
deprecated `make_handler()` with `loop.create_server`, closed by `srv.close()`."""

import asyncio
import warnings
from aiohttp import web
from helper_raw_http import exchange, get, show, read_response


async def count(request):
    body = await request.read()
    return web.Response(text='%s %s %s %d' % (request.method, request.path,
                                             request.version, len(body)))


async def pipelined(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(get('/a') + get('/b') + get('/c', 'Connection: close'))
    for _ in range(3):
        show(*await read_response(reader))
    print('then:', await reader.read())
    writer.close()


async def main():
    app = web.Application()
    app.router.add_route('*', '/{name}', count)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    port = runner.addresses[0][1]
    await exchange(port, get('/one'), get('/two', method='POST', body=b'12345'), get('/three'))
    await exchange(port, get('/first'), get('/last', 'Connection: close'))
    await exchange(port, b'GET /old HTTP/1.0\r\n\r\n')
    await exchange(port, b'GET /old-ka HTTP/1.0\r\nConnection: keep-alive\r\n\r\n')
    await exchange(port, b'POST /chunked HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n'
                         b'5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n')
    await pipelined(port)

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'POST /expect HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n')
    print(await reader.readuntil(b'\r\n\r\n'))
    writer.write(b'body')
    show(*await read_response(reader))
    writer.close()
    await runner.cleanup()

    loop = asyncio.get_running_loop()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        handler = app.make_handler()
    srv = await loop.create_server(handler, '127.0.0.1', 0)
    await exchange(srv.sockets[0].getsockname()[1], get('/via-make-handler'))
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
