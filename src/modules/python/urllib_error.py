"""pyco's urllib.error: `URLError` (a failed request: its `reason`) and `HTTPError` (an
error status; also a response whose body can be read), as CPython defines them."""


class URLError(OSError):
    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError):
    """An HTTP error status (4xx, 5xx); `code`, `reason`, `headers`, and `read()` for
    the body the server sent with it."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        self.args = ()

    @property
    def url(self):
        return self.filename

    @property
    def status(self):
        return self.code

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    def getcode(self):
        return self.code

    def geturl(self):
        return self.filename

    def info(self):
        return self.hdrs

    def read(self, amt=None):
        return self.fp.read(amt) if self.fp is not None else b''

    def close(self):
        if self.fp is not None:
            self.fp.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)


class ContentTooShortError(URLError):
    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content


for _cls in (URLError, HTTPError, ContentTooShortError):
    _cls.__module__ = 'urllib.error'
del _cls
