"""requests.adapters: `HTTPAdapter` sends one PreparedRequest over http.client and builds
the Response. Connection failures become requests' exceptions with the messages requests
(through urllib3 2.x) gives: `HTTPConnectionPool(host=..., port=...): Max retries exceeded
with url: ... (Caused by NewConnectionError(...))`. No connection pooling or retries, and
no TLS: an https:// URL raises `SSLError`."""

import socket
import datetime
import time
import http.client
from urllib.parse import urlsplit
from requests.structures import CaseInsensitiveDict
from requests.models import Response, get_encoding_from_headers
from requests.exceptions import (ConnectionError, ConnectTimeout, ReadTimeout, SSLError,
                                 InvalidSchema, InvalidURL)


class _TimeoutSauce:
    def __init__(self, timeout):
        if isinstance(timeout, tuple):
            try:
                self.connect, self.read = timeout
            except ValueError:
                raise ValueError('Invalid timeout %s. Pass a (connect, read) timeout tuple, '
                                 'or a single float to set both timeouts to the same value.'
                                 % (timeout,)) from None
        else:
            self.connect = self.read = timeout


class HTTPAdapter:
    def __repr__(self):
        return '<requests.adapters.HTTPAdapter object at 0x%x>' % id(self)

    def close(self):
        """Nothing to release: each request opens and closes its own connection."""

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        parts = urlsplit(request.url)
        scheme = parts.scheme.lower()
        if scheme not in ('http', 'https'):
            raise InvalidSchema('No connection adapters were found for %r' % request.url)
        host = parts.hostname
        try:
            port = parts.port or (443 if scheme == 'https' else 80)
        except ValueError:
            raise InvalidURL('Failed to parse: %s' % request.url) from None
        pool = '%sConnectionPool(host=%r, port=%d)' % (
            'HTTPS' if scheme == 'https' else 'HTTP', host, port)
        conn_name = '%sConnection(host=%r, port=%d)' % (
            'HTTPS' if scheme == 'https' else 'HTTP', host, port)
        url = request.path_url
        if scheme == 'https':
            raise SSLError("%s: Max retries exceeded with url: %s (Caused by SSLError("
                           "'pyco has no TLS support: https:// URLs cannot be fetched'))"
                           % (pool, url), request=request)
        t = _TimeoutSauce(timeout)
        started = time.monotonic()
        conn = http.client.HTTPConnection(host, port, timeout=t.connect)
        try:
            conn.connect()
        except socket.gaierror as e:
            raise ConnectionError(
                '%s: Max retries exceeded with url: %s (Caused by NameResolutionError(%r))'
                % (pool, url, "%s: Failed to resolve '%s' (%s)" % (conn_name, host, e)),
                request=request) from e
        except socket.timeout as e:
            raise ConnectTimeout(
                "%s: Max retries exceeded with url: %s (Caused by ConnectTimeoutError("
                "<urllib3.connection.HTTPConnection object at 0x%x>, 'Connection to %s timed "
                "out. (connect timeout=%s)'))" % (pool, url, id(conn), host, t.connect),
                request=request) from e
        except OSError as e:
            raise ConnectionError(
                '%s: Max retries exceeded with url: %s (Caused by NewConnectionError(%r))'
                % (pool, url, '%s: Failed to establish a new connection: %s' % (conn_name, e)),
                request=request) from e
        try:
            if conn.sock is not None:
                conn.sock.settimeout(t.read)
            headers = {}
            for name, value in request.headers.items():
                headers[name] = value
            conn.request(request.method, url, body=request.body, headers=headers)
            resp = conn.getresponse()
            body = resp.read()
        except socket.timeout as e:
            conn.close()
            raise ReadTimeout('%s: Read timed out. (read timeout=%s)' % (pool, t.read),
                              request=request) from e
        except OSError as e:
            conn.close()
            raise ConnectionError(
                "('Connection aborted.', %r)" % (e,), request=request) from e
        except http.client.HTTPException as e:
            conn.close()
            raise ConnectionError("('Connection aborted.', %r)" % (e,),
                                  request=request) from e
        response = Response()
        response.status_code = resp.status
        response.headers = CaseInsensitiveDict(resp.getheaders())
        response.encoding = get_encoding_from_headers(response.headers)
        response.reason = resp.reason
        response.url = request.url
        response.request = request
        response._content = body
        response.raw = resp
        response.elapsed = datetime.timedelta(seconds=time.monotonic() - started)
        return response
