"""HTTP/1.1 wire helpers shared by aiohttp's server and client: versions, reason phrases,
the `Server`/`User-Agent` string, the `Date` header, and parsing of a message head."""

import sys
import time
from collections import namedtuple
from multidict import CIMultiDict

HttpVersion = namedtuple('HttpVersion', 'major minor')
HttpVersion10 = HttpVersion(1, 0)
HttpVersion11 = HttpVersion(1, 1)

SERVER_SOFTWARE = 'Python/%d.%d aiohttp/3.14.5' % sys.version_info[:2]

# The standard reason phrases (http.HTTPStatus's), shared with http.client.
from http.client import responses as REASONS  # noqa: E402

_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def http_date(now=None):
    """`Thu, 26 Nov 2026 11:55:11 GMT` for `now` (default: the current time)."""
    t = time.gmtime(time.time() if now is None else now)
    return '%s, %02d %s %04d %02d:%02d:%02d GMT' % (
        _DAYS[t.tm_wday], t.tm_mday, _MONTHS[t.tm_mon - 1], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec)


class BadHttpMessage(Exception):
    """A message that is not HTTP/1.x."""


def parse_head(head):
    """`head` is the bytes before the blank line: returns (first line, CIMultiDict)."""
    lines = head.split(b'\r\n')
    first = lines[0].decode('utf-8', 'replace')
    headers = CIMultiDict()
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(b':')
        name = name.decode('latin-1')
        if not sep or not name or name != name.strip():
            raise BadHttpMessage('Invalid header line: %r' % line)
        headers.add(name, value.strip().decode('utf-8', 'replace'))
    return first, headers


def parse_version(text):
    if not text.startswith('HTTP/') or len(text) != 8 or text[6] != '.':
        raise BadHttpMessage('Invalid HTTP version: %r' % text)
    try:
        return HttpVersion(int(text[5]), int(text[7]))
    except ValueError:
        raise BadHttpMessage('Invalid HTTP version: %r' % text) from None


def dechunk(data, start):
    """Decodes a chunked body from data[start:]: (body, end offset), or None while it is
    incomplete."""
    pos = start
    parts = []
    while True:
        eol = data.find(b'\r\n', pos)
        if eol < 0:
            return None
        size_text = data[pos:eol].split(b';')[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise BadHttpMessage('Invalid chunk size: %r' % size_text) from None
        pos = eol + 2
        if size == 0:
            # trailers end with an empty line
            end = data.find(b'\r\n\r\n', pos - 2)
            if end < 0:
                return None
            return b''.join(parts), end + 4
        if len(data) < pos + size + 2:
            return None
        parts.append(data[pos:pos + size])
        pos += size + 2
