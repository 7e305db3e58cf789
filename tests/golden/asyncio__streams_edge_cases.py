# Stream edge cases: a read timing out, blocking clients in threads while the loop
# serves, a connection reset by the peer, writing after close.
import asyncio, socket, threading, time

async def slow_handler(reader, writer):
    try:
        data = await reader.read(100)
        print('handler got', data)
        await asyncio.sleep(0.05)
        writer.write(b'late')
        await writer.drain()
    finally:
        writer.close()

async def resetter(reader, writer):
    sock = writer.get_extra_info('socket')
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\x01\x00\x00\x00\x00\x00\x00\x00')
    writer.transport.abort()

def blocking_client(port):
    with socket.create_connection(('127.0.0.1', port)) as s:
        s.sendall(b'from thread')
        return s.recv(100)

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(slow_handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'x')
    try:
        await asyncio.wait_for(reader.read(10), 0.01)
    except asyncio.TimeoutError:
        print('timed out waiting')
    print('then', await reader.read(10))
    writer.close()
    await writer.wait_closed()
    # blocking client in a thread while the loop serves
    print('executor', await loop.run_in_executor(None, blocking_client, port))
    print('to_thread', await asyncio.to_thread(blocking_client, port))
    server.close()
    await server.wait_closed()

    server2 = await asyncio.start_server(resetter, '127.0.0.1', 0)
    port2 = server2.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port2)
    try:
        data = await reader.read(10)
        print('read after reset', data)
    except ConnectionResetError as e:
        print('reset', e)
    writer.close()
    # writing to a closed transport
    reader, writer = await asyncio.open_connection('127.0.0.1', port2)
    await asyncio.sleep(0.01)
    writer.close()
    writer.write(b'after close')
    print('closing', writer.is_closing())
    try:
        await writer.drain()
    except Exception as e:
        print('drain', type(e).__name__, e)
    server2.close()

asyncio.run(main())
print('done')
