# pyco-needs: aiohttp
"""The mappings and URLs aiohttp hands out: multidict's MultiDict, CIMultiDict and their
proxies (several values per key, case-insensitive keys, views and reprs), and yarl's URL
(parts, query, joins, reprs)."""

from multidict import MultiDict, CIMultiDict, CIMultiDictProxy, MultiDictProxy
from yarl import URL

m = MultiDict([('b', '2'), ('a', '1'), ('b', '3')])
print(m, len(m), list(m), m.keys(), m.values(), m.items())
print(m['b'], m.get('z'), m.getall('b'), m.getone('a'), 'a' in m, 'A' in m)
m.add('c', '4')
m['b'] = '9'
print(m, m.popone('a'), m)
try:
    m['missing']
except KeyError as e:
    print('KeyError', e)
c = CIMultiDict([('Content-Type', 'text/plain')])
c['content-type'] = 'text/html'
c.add('X-A', '1')
c.add('x-a', '2')
print(c, c['CONTENT-TYPE'], c.getall('X-a'), 'x-A' in c)
del c['x-A']
print(c, c == {'content-type': 'text/html'}, dict(c))
p = CIMultiDictProxy(c)
c.add('Later', 'yes')
print(p, p.get('later'), isinstance(p, CIMultiDictProxy), MultiDictProxy(MultiDict(k='v')))
try:
    p['new'] = 1
except TypeError as e:
    print('TypeError')

u = URL('http://user@example.com:8080/path/to/page.html?a=1&b=x%20y&a=2#frag')
print(u, repr(u))
print(u.scheme, u.host, u.port, u.user, u.path, u.query_string, u.raw_query_string, u.fragment)
print(u.query, u.query.getall('a'), u.name, u.parent, u.origin())
print(u.with_query({'q': 'v w'}), u.with_path('/other'), u.is_absolute(), URL('/rel').is_absolute())
print(URL('http://example.com/a/b').join(URL('c')), URL('http://example.com/a/') / 'd')
print(URL('http://example.com').port, URL('http://example.com/x') == URL('http://example.com/x'))
