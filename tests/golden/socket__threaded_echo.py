# A threading echo server and a blocking client on 127.0.0.1 (ephemeral port).
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0)
log = []


def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        with conn:
            log.append(('connected', addr[0], conn.getsockname() == srv.getsockname()))
            total = 0
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                total += len(data)
                conn.sendall(data.upper())
            log.append(('received', total))
        log.append(('closed',))


t = threading.Thread(target=serve, args=(2,))
t.start()
with socket.create_connection(('127.0.0.1', port), timeout=5) as c:
    print(c.gettimeout(), c.getpeername() == (host, port))
    for word in [b'hello', b'world', b'x' * 100000]:
        c.sendall(word)
        got = b''
        while len(got) < len(word):
            got += c.recv(65536)
        print(got[:20], len(got))
    c.shutdown(socket.SHUT_WR)
    print('eof', c.recv(10))
print(c)

# A second client through socket.socket + connect, using makefile.
c2 = socket.socket()
c2.connect(('localhost', port))
f = c2.makefile('rwb')
f.write(b'line one\nline two\n')
f.flush()
print(f.readline(), f.readline())
c2.shutdown(socket.SHUT_WR)
print(f.read())
c2.close()
t.join()
srv.close()
for entry in log:
    print(*(e[:20] if isinstance(e, bytes) else e for e in entry))


# Threads keep running while one waits in recv().
a, b = socket.socketpair()
order = []


def reader():
    order.append('reader waits')
    order.append(a.recv(5))


t = threading.Thread(target=reader)
t.start()
order.append('main sends')
b.sendall(b'ping!')
t.join()
print(order)
a.close()
b.close()
