# Server.serve_forever in a task, cancelled after some clients; HTTP over streams.
import asyncio


async def handle(reader, writer):
    request = await reader.readuntil(b'\r\n\r\n')
    first = request.split(b'\r\n')[0].decode()
    body = f'you asked for {first.split()[1]}\n'.encode()
    writer.write(b'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n'
                 b'Content-Length: %d\r\n\r\n' % len(body) + body)
    await writer.drain()
    writer.close()


async def wget(port, path):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(('GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' % path).encode())
    await writer.drain()
    lines = []
    while True:
        line = await reader.readline()
        if line == b'\r\n':
            break
        lines.append(line.decode().rstrip())
    body = await reader.read()
    writer.close()
    return path, lines, body


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    serving = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    for result in await asyncio.gather(*(wget(port, p) for p in ['/a', '/b', '/c'])):
        print(result)
    serving.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        print('serve_forever cancelled', server.is_serving())


asyncio.run(main())
