# loop.create_server / create_connection with asyncio.Protocol.
import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print('server: connection_made', transport.get_extra_info('peername')[0])

    def data_received(self, data):
        print('server: data_received', data)
        self.transport.write(data[::-1])

    def eof_received(self):
        print('server: eof_received')
        self.transport.write(b'bye')
        self.transport.close()

    def connection_lost(self, exc):
        print('server: connection_lost', exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = []

    def connection_made(self, transport):
        print('client: connection_made', transport.is_closing())
        transport.write(b'abc')
        transport.writelines([b'def', b'ghi'])
        self.transport = transport

    def data_received(self, data):
        self.received.append(data)
        if b''.join(self.received) == b'ihgfedcba':
            self.transport.write_eof()

    def eof_received(self):
        print('client: eof_received')

    def connection_lost(self, exc):
        print('client: connection_lost', exc, b''.join(self.received))
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), '127.0.0.1', port)
    print(type(transport).__name__ != '', isinstance(protocol, Client))
    await done
    print('transport closing', transport.is_closing())
    server.close()
    await server.wait_closed()
    print('done')


asyncio.run(main())
