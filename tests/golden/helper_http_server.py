"""A small HTTP/1.1 server on 127.0.0.1 (an ephemeral port) in a daemon thread, for the
requests tests: one request per connection, answered by path.

    /echo            JSON of the method, path, query, body and the request's
                     User-Agent, Content-Type, Content-Length and X-* headers
    /text            UTF-8 text/plain with a charset; /latin text/html without one
    /status/N        status N with its reason phrase
    /redirect/N      302 to /redirect/N-1; /redirect/0 is /echo
    /see-other, /moved, /temporary   303, 301, 307 to /echo
    /slow            answers after 1 s
    /notjson         a text body that is not JSON
    /sites/HOST      302 to /sites/HOST/home, which answers after a delay set per host
                     (SITES) with a page of 100 bytes per letter of HOST
"""

import json
import socket
import threading
import time

SITES = {'qq.com': 0.9, 'sina.com': 0.3, 'www.baidu.com': 0.6}

REASONS = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently',
           302: 'Found', 303: 'See Other', 307: 'Temporary Redirect', 400: 'Bad Request',
           404: 'Not Found', 418: "I'm a Teapot", 500: 'Internal Server Error',
           503: 'Service Unavailable'}


def _read_request(conn):
    data = b''
    while b'\r\n\r\n' not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    method, target, _ = lines[0].split(' ')
    headers = []
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(':')
        headers.append((name, value.strip()))
        if name.lower() == 'content-length':
            length = int(value)
    while len(body) < length:
        body += conn.recv(65536)
    return method, target, headers, body


def _answer(method, target, headers, body):
    path, _, query = target.partition('?')
    if path == '/echo':
        shown = [(k, v) for k, v in headers
                 if k.lower() in ('user-agent', 'content-type', 'content-length')
                 or k.lower().startswith('x-')]
        doc = {'method': method, 'path': path, 'query': query,
               'body': body.decode('utf-8', 'replace'), 'headers': shown}
        return 200, [('Content-Type', 'application/json')], json.dumps(doc).encode()
    if path == '/text':
        return 200, [('Content-Type', 'text/plain; charset=utf-8')], 'héllo, 世界'.encode()
    if path == '/latin':
        return 200, [('Content-Type', 'text/html')], 'café'.encode('latin-1')
    if path.startswith('/status/'):
        code = int(path[len('/status/'):])
        return code, [('Content-Type', 'text/plain')], b'' if code == 204 else b'status'
    if path.startswith('/redirect/'):
        n = int(path[len('/redirect/'):])
        where = '/echo' if n == 0 else '/redirect/%d' % (n - 1)
        return 302, [('Location', where)], b''
    for name, code in (('/see-other', 303), ('/moved', 301), ('/temporary', 307)):
        if path == name:
            return code, [('Location', '/echo?from=' + name[1:])], b''
    if path == '/slow':
        time.sleep(1)
        return 200, [('Content-Type', 'text/plain')], b'slow'
    if path.startswith('/sites/'):
        host = path.split('/')[2]
        if not path.endswith('/home'):
            return 302, [('Location', '/sites/%s/home' % host)], b''
        time.sleep(SITES[host])
        return 200, [('Content-Type', 'text/html')], b'x' * (100 * len(host))
    if path == '/notjson':
        return 200, [('Content-Type', 'application/json')], b'<html>'
    return 404, [('Content-Type', 'text/plain')], b'no such page'


def _serve_one(conn):
    try:
        request = _read_request(conn)
        if request is None:
            return
        status, headers, body = _answer(*request)
        lines = ['HTTP/1.1 %d %s' % (status, REASONS.get(status, 'Unknown'))]
        lines += ['%s: %s' % kv for kv in headers]
        lines += ['Content-Length: %d' % len(body), 'Connection: close']
        head = ('\r\n'.join(lines) + '\r\n\r\n').encode()
        conn.sendall(head + (b'' if request[0] == 'HEAD' else body))
    except OSError:
        pass
    finally:
        conn.close()


def _accept_loop(listener):
    while True:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        threading.Thread(target=_serve_one, args=(conn,), daemon=True).start()


def start():
    """Starts the server; returns its base URL, e.g. 'http://127.0.0.1:43210'."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(('127.0.0.1', 0))
    listener.listen(16)
    threading.Thread(target=_accept_loop, args=(listener,), daemon=True).start()
    return 'http://127.0.0.1:%d' % listener.getsockname()[1]
