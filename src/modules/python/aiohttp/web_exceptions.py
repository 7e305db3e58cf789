"""aiohttp.web's HTTP exceptions: each is a `Response` with its status that a handler can
raise (or return); without a body it says `<status>: <reason>` as text/plain."""

import warnings
from aiohttp.web_response import Response


class HTTPException(Response, Exception):
    status_code = -1
    empty_body = False

    def __init__(self, *, headers=None, reason=None, body=None, text=None,
                 content_type=None):
        if body is not None:
            warnings.warn('body argument is deprecated for http web exceptions',
                          DeprecationWarning, stacklevel=2)
        Response.__init__(self, status=self.status_code, headers=headers, reason=reason,
                          body=body, text=text, content_type=content_type)
        Exception.__init__(self, self.reason)
        if self.body is None and not self.empty_body:
            self.text = '%s: %s' % (self.status, self.reason)

    def __str__(self):
        return self.reason

    def __bool__(self):
        return True


class HTTPError(HTTPException):
    pass


class HTTPRedirection(HTTPException):
    pass


class HTTPSuccessful(HTTPException):
    pass


class HTTPClientError(HTTPError):
    pass


class HTTPServerError(HTTPError):
    pass


def _make(name, base, code, empty=False):
    cls = type(name, (base,), {'status_code': code, 'empty_body': empty})
    globals()[name] = cls
    return cls


for _name, _code in [('HTTPOk', 200), ('HTTPCreated', 201), ('HTTPAccepted', 202),
                     ('HTTPNonAuthoritativeInformation', 203), ('HTTPPartialContent', 206)]:
    _make(_name, HTTPSuccessful, _code)
_make('HTTPNoContent', HTTPSuccessful, 204, True)
_make('HTTPResetContent', HTTPSuccessful, 205, True)


class _HTTPMove(HTTPRedirection):
    def __init__(self, location, *, headers=None, reason=None, body=None, text=None,
                 content_type=None):
        if not location:
            raise ValueError('HTTP redirects need a location to redirect to.')
        super().__init__(headers=headers, reason=reason, body=body, text=text,
                         content_type=content_type)
        self.headers['Location'] = str(location)
        self.location = location


for _name, _code in [('HTTPMultipleChoices', 300), ('HTTPMovedPermanently', 301),
                     ('HTTPFound', 302), ('HTTPSeeOther', 303), ('HTTPUseProxy', 305),
                     ('HTTPTemporaryRedirect', 307), ('HTTPPermanentRedirect', 308)]:
    _make(_name, _HTTPMove, _code)
_make('HTTPNotModified', HTTPRedirection, 304, True)

for _name, _code in [('HTTPBadRequest', 400), ('HTTPUnauthorized', 401),
                     ('HTTPPaymentRequired', 402), ('HTTPForbidden', 403),
                     ('HTTPNotFound', 404), ('HTTPNotAcceptable', 406),
                     ('HTTPProxyAuthenticationRequired', 407), ('HTTPRequestTimeout', 408),
                     ('HTTPConflict', 409), ('HTTPGone', 410), ('HTTPLengthRequired', 411),
                     ('HTTPPreconditionFailed', 412), ('HTTPRequestURITooLong', 414),
                     ('HTTPUnsupportedMediaType', 415),
                     ('HTTPRequestRangeNotSatisfiable', 416), ('HTTPExpectationFailed', 417),
                     ('HTTPMisdirectedRequest', 421), ('HTTPUnprocessableEntity', 422),
                     ('HTTPFailedDependency', 424), ('HTTPUpgradeRequired', 426),
                     ('HTTPPreconditionRequired', 428), ('HTTPTooManyRequests', 429),
                     ('HTTPRequestHeaderFieldsTooLarge', 431)]:
    _make(_name, HTTPClientError, _code)


class HTTPMethodNotAllowed(HTTPClientError):
    status_code = 405

    def __init__(self, method, allowed_methods, *, headers=None, reason=None, body=None,
                 text=None, content_type=None):
        allow = ','.join(sorted(allowed_methods))
        super().__init__(headers=headers, reason=reason, body=body, text=text,
                         content_type=content_type)
        self.headers['Allow'] = allow
        self.allowed_methods = set(allowed_methods)
        self.method = method.upper()


class HTTPRequestEntityTooLarge(HTTPClientError):
    status_code = 413

    def __init__(self, max_size, actual_size, **kwargs):
        kwargs.setdefault('text', 'Maximum request body size %s exceeded, actual body size %s'
                          % (max_size, actual_size))
        super().__init__(**kwargs)


for _name, _code in [('HTTPInternalServerError', 500), ('HTTPNotImplemented', 501),
                     ('HTTPBadGateway', 502), ('HTTPServiceUnavailable', 503),
                     ('HTTPGatewayTimeout', 504), ('HTTPVersionNotSupported', 505),
                     ('HTTPInsufficientStorage', 507), ('HTTPNetworkAuthenticationRequired', 511)]:
    _make(_name, HTTPServerError, _code)

del _name, _code
