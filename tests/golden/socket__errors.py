# Socket errors as CPython reports them.
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
port = srv.getsockname()[1]
srv.close()          # nothing listens on `port` now

try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
s = socket.socket()
print(s.connect_ex(('127.0.0.1', port)))
s.close()
s = socket.socket()
for addr in [('127.0.0.1', 70000), 5, ('127.0.0.1',), (1, 2)]:
    try:
        s.connect(addr)
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.recv(10)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.send('text')
except TypeError as e:
    print(e)
for bad in [-1, 'x']:
    try:
        s.settimeout(bad)
    except Exception as e:
        print(type(e).__name__, e)
s.close()
try:
    s.recv(1)
except OSError as e:
    print(type(e).__name__, e)
print(socket.timeout is TimeoutError, socket.error is OSError)
print(issubclass(socket.gaierror, OSError), socket.gaierror, socket.herror)
try:
    socket.gethostbyname('no-such-host.invalid')
except socket.gaierror as e:
    print(type(e).__name__, e.errno, e)

# Timeouts and non-blocking sockets.
a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(1)
except socket.timeout as e:
    print('timeout:', repr(e))
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
l.settimeout(0.02)
try:
    l.accept()
except TimeoutError as e:
    print('accept:', e)
l2 = socket.socket()
try:
    l2.bind(l.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    socket.create_server(l.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, str(e).split(' (')[0])
for x in (a, b, l, l2):
    x.close()
