# StreamReader reads: read(n), readexactly, readuntil, IncompleteReadError, async for.
import asyncio


async def handle(reader, writer):
    writer.write(b'HEADER:1234\r\nbody-bytes-here')
    writer.writelines([b'|line a\n', b'line b\n', b'tail'])
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    host, port = server.sockets[0].getsockname()
    reader, writer = await asyncio.open_connection(host, port)
    print(await reader.readuntil(b':'))
    print(await reader.readuntil(b'\r\n'))
    print(await reader.readexactly(4))
    print(await reader.read(6))
    print(await reader.readline())
    async for line in reader:
        print('line', line)
    print(reader.at_eof(), await reader.read(), await reader.readline())
    writer.close()

    reader, writer = await asyncio.open_connection(host, port)
    await reader.readuntil(b'\r\n')
    try:
        await reader.readexactly(1000)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    writer.close()

    reader, writer = await asyncio.open_connection(host, port)
    try:
        await reader.readuntil(b'NOPE')
    except asyncio.IncompleteReadError as e:
        print(e, e.expected, len(e.partial))
    writer.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
