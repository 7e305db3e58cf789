# select.select and selectors.DefaultSelector over sockets: a single-threaded echo
# server multiplexing two clients, and select() waking while another thread sends.
import select
import selectors
import socket
import threading

a, b = socket.socketpair()
print(select.select([a], [], [], 0))
r, w, x = select.select([a], [a], [], 0)
print(r, w == [a], x)
b.sendall(b'ready')
r, w, x = select.select([a, b], [], [])
print(r == [a], a.recv(10))

# A thread sends while select() waits: only this green thread waits.
threading.Timer(0.01, b.sendall, args=(b'later',)).start()
r, _, _ = select.select([a.fileno()], [], [], 5)
print(r == [a.fileno()], a.recv(10))
print(select.select([a], [], [], 0.01))
for bad in ([-1], ['x']):
    try:
        select.select(bad, [], [], 0)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a.close()
b.close()

sel = selectors.DefaultSelector()
server = socket.create_server(('127.0.0.1', 0))
server.setblocking(False)
sel.register(server, selectors.EVENT_READ, data='accept')
clients = [socket.create_connection(server.getsockname()) for _ in range(2)]
for i, c in enumerate(clients):
    c.sendall(b'client %d\n' % i)
    c.shutdown(socket.SHUT_WR)
served = []
open_conns = 0
while len(served) < 2 or open_conns:
    for key, events in sel.select(timeout=5):
        if key.data == 'accept':
            conn, _ = server.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, data='echo')
            open_conns += 1
        else:
            data = key.fileobj.recv(100)
            if data:
                key.fileobj.sendall(data.upper())
                served.append(data)
            else:
                sel.unregister(key.fileobj)
                key.fileobj.close()
                open_conns -= 1
print(sorted(served))
print([c.recv(100) for c in clients])
print(len(sel.get_map()), sel.get_key(server).events == selectors.EVENT_READ)
try:
    sel.register(server, selectors.EVENT_READ)
except KeyError as e:
    print('KeyError', 'already registered' in str(e))
try:
    sel.register(server.fileno() + 1000, 0)
except ValueError as e:
    print(e)
sel.close()
server.close()
for c in clients:
    c.close()
