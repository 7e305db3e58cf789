# pyco-needs: requests
"""requests against a local server: get with params, post with form data and json,
custom headers, the Response's status, reason, ok, url, headers (case-insensitive),
encoding, text, content, json(), iter_content, and Session default headers."""

import requests
import helper_http_server

BASE = helper_http_server.start()


def short(url):
    return url.replace(BASE, 'BASE')


r = requests.get(BASE + '/echo', params={'q': 'a b', 'n': 3, 'many': ['x', 'y'], 'none': None})
print(r, r.status_code, r.reason, r.ok, bool(r))
print(short(r.url))
print(r.json())
print(r.headers['content-type'], r.headers.get('CONTENT-LENGTH'), 'Content-Type' in r.headers)
print(r.encoding, type(r.content).__name__, len(r.content) == int(r.headers['Content-Length']))

r = requests.post(BASE + '/echo', data={'name': 'pyco', 'lang': 'Python 3'})
print(r.json())
r = requests.post(BASE + '/echo', json={'a': [1, 2, None], 'b': 'ü'})
print(r.json())
r = requests.put(BASE + '/echo?x=1', data=b'raw bytes', headers={'X-Token': 'abc'})
print(r.json())
r = requests.post(BASE + '/echo', data='plain text')
print(r.json())
print(requests.delete(BASE + '/echo').json()['method'])
print(requests.patch(BASE + '/echo', data={'k': 'v'}).json()['body'])
r = requests.head(BASE + '/echo')
print(r.status_code, repr(r.text), r.headers['Content-Length'])
r = requests.request('OPTIONS', BASE + '/echo')
print(r.json()['method'])

r = requests.get(BASE + '/text')
print(r.encoding, r.text, r.content)
print(list(r.iter_content(5)))
r = requests.get(BASE + '/latin')
print(r.encoding, r.text)

with requests.Session() as s:
    s.headers.update({'X-Session': 'yes'})
    print(s.get(BASE + '/echo', headers={'X-Call': '1'}).json()['headers'])
    print(s.get(BASE + '/echo', params={'page': 2}).json()['query'])
print(requests.codes.ok, requests.codes.not_found, requests.codes['teapot'])
