# Changed to run without the internet: a tiny HTTP server on 127.0.0.1 (the lines marked
# "local server") answers for the three hosts, and wget() connects to it instead of to
# (host, 80). The rest is the chapter's snippet as written.
import asyncio


async def local_server(reader, writer):  # local server: echoes the Host it was asked for
    request = await reader.readuntil(b'\r\n\r\n')
    host = request.split(b'Host: ')[1].split(b'\r\n')[0]
    writer.write(b'HTTP/1.0 200 OK\r\nServer: local\r\nX-Host: %s\r\n\r\n<html></html>' % host)
    writer.close()
server = asyncio.get_event_loop().run_until_complete(  # local server
    asyncio.start_server(local_server, '127.0.0.1', 0))
PORT = server.sockets[0].getsockname()[1]  # local server


@asyncio.coroutine
def wget(host):
    print('wget %s...' % host)
    connect = asyncio.open_connection('127.0.0.1', PORT)  # local server (was: host, 80)
    reader, writer = yield from connect
    header = 'GET / HTTP/1.0\r\nHost: %s\r\n\r\n' % host
    writer.write(header.encode('utf-8'))
    yield from writer.drain()
    while True:
        line = yield from reader.readline()
        if line == b'\r\n':
            break
        print('%s header > %s' % (host, line.decode('utf-8').rstrip()))
    # Ignore the body, close the socket
    writer.close()

loop = asyncio.get_event_loop()
tasks = [wget(host) for host in ['www.sina.com.cn', 'www.sohu.com', 'www.163.com']]
loop.run_until_complete(asyncio.wait(tasks))
loop.close()
