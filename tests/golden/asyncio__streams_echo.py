# An asyncio echo server and clients over streams on 127.0.0.1 (ephemeral port).
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    print('server: client from', peer[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        print('server got', line)
        writer.write(line.upper())
        await writer.drain()
    print('server: eof', reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def client(port, lines):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('client: connected', writer.get_extra_info('peername')[1] == port)
    for line in lines:
        writer.write(line)
        await writer.drain()
        print('client got', await reader.readline())
    writer.write_eof()
    print('client: rest', await reader.read())
    print('client: at_eof', reader.at_eof(), writer.is_closing())
    writer.close()
    print('client: closing', writer.is_closing())
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print('serving', server.is_serving(), len(server.sockets))
    async with server:
        await client(port, [b'hello\n', b'world\n'])
        await client(port, [b'again\n'])
    print('closed', server.is_serving(), server.sockets)


asyncio.run(main())
