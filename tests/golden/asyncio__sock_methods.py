# The loop's socket methods and add_reader/add_writer on 127.0.0.1.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen()
    lsock.setblocking(False)
    csock = socket.socket()
    csock.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(lsock))
    await loop.sock_connect(csock, lsock.getsockname())
    conn, addr = await accept
    print('accepted', addr == csock.getsockname(), conn.gettimeout())
    await loop.sock_sendall(csock, b'ping' * 50000)
    got = b''
    while len(got) < 200000:
        got += await loop.sock_recv(conn, 65536)
    print('received', len(got), got[:8])

    # add_reader: the callback runs when data arrives.
    event = asyncio.Event()
    seen = []

    def on_readable():
        seen.append(conn.recv(100))
        loop.remove_reader(conn)
        event.set()

    loop.add_reader(conn, on_readable)
    loop.call_later(0.01, csock.send, b'late data')
    await event.wait()
    print(seen, loop.remove_reader(conn))

    # add_writer fires at once on a writable socket.
    fut = loop.create_future()
    loop.add_writer(csock.fileno(), fut.set_result, 'writable')
    print(await fut, loop.remove_writer(csock.fileno()), loop.remove_writer(csock.fileno()))

    # A timer and a socket wait together: the timer fires first.
    recv = asyncio.ensure_future(loop.sock_recv(conn, 10))
    await asyncio.sleep(0.02)
    print('still waiting', recv.done())
    csock.send(b'finally')
    print(await recv)

    for s in (conn, csock, lsock):
        s.close()

    # Connection refused.
    port = lsock_port = None
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ('127.0.0.1', port))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror.replace(str(port), 'PORT'))
    s.close()


asyncio.run(main())
