# urllib.parse basics.
from urllib.parse import (urlparse, urlsplit, urlunparse, urljoin, urlencode, quote,
                          quote_plus, unquote, unquote_plus, parse_qs, parse_qsl, urldefrag)

u = urlparse('http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag')
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit('https://[::1]:443/x?y'), urlsplit('https://[::1]:443/x?y').hostname)
print(urlparse('//host/path'), urlparse('mailto:a@b.c'), urlparse('/just/a/path?x'))
print(urlunparse(('http', 'h', '/p', '', 'a=1', 'f')))
for rel in ['c', '../d', '/e', '//other/f', '?q', '#g', 'http://x/y', '', './', '../../..']:
    print(repr(rel), urljoin('http://a/b/c/d;p?q', rel))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'ä&='}), urlencode([('k', [1, 2])], doseq=True))
print(quote('a b/c?d=é'), quote('/x y', safe=''), quote_plus('a b+c'), quote(b'\x00\xff'))
print(unquote('a%20b%2Fc%C3%A9%zz'), unquote_plus('a+b%2B'))
print(parse_qs('a=1&b=2&a=3&c='), parse_qsl('a=1&b=&c', keep_blank_values=True))
print(urldefrag('http://x/y#z'))
try:
    urlparse('http://h:bad/').port
except ValueError as e:
    print(e)
