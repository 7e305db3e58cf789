# urllib.request.urlopen against a small HTTP server on 127.0.0.1 (written here with
# socket and a thread): bodies by Content-Length, chunked and until EOF, redirects,
# error statuses, POST data, and urlopen from a thread pool (as the chapter's 21 does).
import socket
import threading
import urllib.request
import urllib.error
from concurrent.futures import ThreadPoolExecutor

requests_seen = []


def respond(conn):
    data = b''
    while b'\r\n\r\n' not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return
        data += chunk
    head, _, body = data.partition(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    method, path, version = lines[0].split()
    headers = dict(line.split(': ', 1) for line in lines[1:])
    length = int(headers.get('Content-Length', 0))
    while len(body) < length:
        body += conn.recv(4096)
    names = [k for k in headers if k != 'Host']
    requests_seen.append((method, path, version, names, body))

    def send(status, hdrs, payload):
        out = 'HTTP/1.1 %s\r\n' % status
        for k, v in hdrs:
            out += '%s: %s\r\n' % (k, v)
        conn.sendall(out.encode() + b'\r\n' + payload)

    if path == '/hello':
        send('200 OK', [('Content-Type', 'text/plain; charset=utf-8'),
                        ('Content-Length', '13'), ('X-Test', 'yes')], b'Hello, world!')
    elif path == '/chunked':
        send('200 OK', [('Transfer-Encoding', 'chunked')],
             b'5\r\nfirst\r\n7;ext=1\r\n, then \r\na\r\nthe rest!\n\r\n0\r\n\r\n')
    elif path == '/eof':
        send('200 OK', [('Content-Type', 'text/html')], b'<p>until the end</p>' * 3)
    elif path == '/redirect':
        send('302 Found', [('Location', '/hello'), ('Content-Length', '0')], b'')
    elif path.startswith('/dir/'):
        send('301 Moved Permanently', [('Location', '../chunked'), ('Content-Length', '0')],
             b'')
    elif path == '/loop':
        send('302 Found', [('Location', '/loop'), ('Content-Length', '0')], b'')
    elif path == '/echo':
        send('201 Created', [('Content-Length', str(len(body)))], body.upper())
    elif path.startswith('/page'):
        payload = ('page %s' % path[5:]).encode() * 100
        send('200 OK', [('Content-Length', str(len(payload)))], payload)
    else:
        send('404 Not Found', [('Content-Length', '12')], b'no such page')


def serve(sock):
    while True:
        conn, _ = sock.accept()
        with conn:
            respond(conn)


server = socket.create_server(('127.0.0.1', 0))
port = server.getsockname()[1]
threading.Thread(target=serve, args=(server,), daemon=True).start()
base = 'http://127.0.0.1:%d' % port

with urllib.request.urlopen(base + '/hello', timeout=5) as r:
    print(r.status, r.reason, r.getcode(), r.url == base + '/hello')
    print(r.headers['content-type'], r.getheader('X-Test'), r.headers.get_content_charset())
    print(r.read(5), r.read())
print(urllib.request.urlopen(base + '/chunked').read())
r = urllib.request.urlopen(base + '/eof')
print(len(r.read()), r.headers.get('Content-Length'))
r = urllib.request.urlopen(base + '/redirect')
print(r.status, r.url.replace(base, 'BASE'), r.read())
r = urllib.request.urlopen(base + '/dir/x')
print(r.url.replace(base, 'BASE'), r.read())
r = urllib.request.urlopen(base + '/echo', data=b'posted body')
print(r.status, r.read())
req = urllib.request.Request(base + '/echo', data=b'x=1', headers={'X-Custom': 'abc'},
                             method='PUT')
print(req.get_method(), req.full_url.replace(base, 'BASE'), req.host == '127.0.0.1:%d' % port)
print(urllib.request.urlopen(req).read())

try:
    urllib.request.urlopen(base + '/nothing')
except urllib.error.HTTPError as e:
    print(type(e).__name__, e.code, e.reason, e, e.read(), isinstance(e, urllib.error.URLError))
try:
    urllib.request.urlopen(base + '/loop')
except urllib.error.HTTPError as e:
    print(e.code, repr(e.reason))

# The chapter's snippet 21, against this server.
def task(url, timeout=20):
    return urllib.request.urlopen(url, timeout=timeout)


with ThreadPoolExecutor(max_workers=3) as pool:
    for ret in pool.map(task, [base + '/page1', base + '/page22', base + '/page333']):
        print('%s, %s' % (ret.url.replace(base, 'BASE'), len(ret.read())))

# The pool's three requests arrive in any order.
for method, path, version, names, body in requests_seen[:-3] + sorted(requests_seen[-3:]):
    print(method, path, version, names, body)

# Connection refused and bad URLs.
server.close()
probe = socket.socket()
probe.bind(('127.0.0.1', 0))
free = probe.getsockname()[1]
probe.close()
try:
    urllib.request.urlopen('http://127.0.0.1:%d/' % free)
except urllib.error.URLError as e:
    print(type(e).__name__, e, type(e.reason).__name__)
for bad in ['not a url', 'ftp2://x/']:
    try:
        urllib.request.urlopen(bad)
    except (ValueError, urllib.error.URLError) as e:
        print(type(e).__name__, e)
