# Connecting by host name (looked up on the loop's executor) and waking a loop that
# waits on sockets from another thread (call_soon_threadsafe).
import asyncio
import socket
import threading


async def handle(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()


async def ticker(log):
    for i in range(3):
        log.append(i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    log = []
    tick = asyncio.create_task(ticker(log))
    reader, writer = await asyncio.open_connection('localhost', port)
    writer.write(b'by name\n')
    print(await reader.readline(), log)
    writer.close()
    await tick

    infos = await loop.getaddrinfo('localhost', port, type=socket.SOCK_STREAM)
    print(any(info[4][:2] == ('127.0.0.1', port) for info in infos))

    # The loop waits on the server's socket; a thread wakes it.
    fut = loop.create_future()
    threading.Timer(0.02, loop.call_soon_threadsafe, args=(fut.set_result, 'woken')).start()
    print(await fut)
    server.close()
    await server.wait_closed()


asyncio.run(main())
