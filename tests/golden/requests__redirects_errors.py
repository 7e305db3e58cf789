# pyco-needs: requests
"""requests: redirects (history, final url, method changes, allow_redirects=False, too
many), raise_for_status, and the exceptions for a refused connection, a read timeout, an
unresolvable host, bad URLs, https (a ConnectionError either way: a refused connection
under CPython, SSLError under pyco, which has no TLS), and a body that is not JSON."""

import socket
import requests
import helper_http_server

BASE = helper_http_server.start()


def short(text):
    return str(text).replace(BASE, 'BASE')


r = requests.get(BASE + '/redirect/3')
print(r.status_code, short(r.url), r.history)
print([short(h.url) for h in r.history], [h.status_code for h in r.history])
print(r.history[2].history)
r = requests.post(BASE + '/see-other', data={'a': '1'})
print(r.json()['method'], r.json()['query'], r.json()['body'])
r = requests.post(BASE + '/moved', data={'a': '1'})
print(r.json()['method'], r.json()['query'])
r = requests.post(BASE + '/temporary', data={'a': '1'})
print(r.json()['method'], r.json()['query'], r.json()['body'])
r = requests.get(BASE + '/redirect/1', allow_redirects=False)
print(r.status_code, r.is_redirect, r.headers['Location'], r.history)
s = requests.Session()
s.max_redirects = 2
try:
    s.get(BASE + '/redirect/5')
except requests.TooManyRedirects as e:
    print('TooManyRedirects:', e, e.response.status_code)

for path in ['/status/404', '/status/500', '/status/418', '/status/204', '/status/201']:
    r = requests.get(BASE + path)
    try:
        r.raise_for_status()
        print(r.status_code, 'fine', repr(r.text))
    except requests.HTTPError as e:
        print(short(e), '|', e.response.status_code, e.response is r, r.ok)

try:
    requests.get(BASE + '/notjson').json()
except requests.exceptions.JSONDecodeError as e:
    print('JSONDecodeError:', e, isinstance(e, ValueError), isinstance(e, requests.RequestException))

closed = socket.socket()
closed.bind(('127.0.0.1', 0))
port = closed.getsockname()[1]
closed.close()
try:
    requests.get('http://127.0.0.1:%d/x?a=1' % port, timeout=2)
except requests.ConnectionError as e:
    print(type(e).__name__, str(e).replace(str(port), 'PORT'))

try:
    requests.get(BASE + '/slow', timeout=0.2)
except requests.Timeout as e:
    print(type(e).__name__, short(e).replace(BASE[len('http://127.0.0.1:'):], 'PORT'))
    print(isinstance(e, requests.exceptions.ReadTimeout), isinstance(e, requests.ConnectionError))

try:
    requests.get('http://no-such-host.invalid/', timeout=5)
except requests.exceptions.ConnectionError as e:
    print(type(e).__name__, "Failed to resolve 'no-such-host.invalid'" in str(e))

try:
    requests.get('https://127.0.0.1:%d/' % port, timeout=2)
except requests.ConnectionError as e:
    print('https:', isinstance(e, requests.RequestException))

for url in ['no-scheme.example/x', 'ftp://example.com/', 'http://', 'http:///path']:
    try:
        requests.get(url)
    except requests.RequestException as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

print([c.__name__ for c in requests.exceptions.ConnectTimeout.__mro__[:5]])
print(issubclass(requests.RequestException, IOError), requests.ConnectionError is requests.exceptions.ConnectionError)
