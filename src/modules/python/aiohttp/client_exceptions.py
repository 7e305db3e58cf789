"""aiohttp's client exceptions, with aiohttp's messages (`Cannot connect to host h:p
ssl:default [reason]`, `404, message='Not Found', url='...'`)."""

import asyncio


class ClientError(Exception):
    """Base class for client errors."""


class ClientResponseError(ClientError):
    def __init__(self, request_info, history, *, status=None, message='', headers=None):
        self.request_info = request_info
        self.status = 0 if status is None else status
        self.message = message
        self.headers = headers
        self.history = history
        super().__init__(request_info)

    def __str__(self):
        url = self.request_info.real_url if self.request_info is not None else None
        return '%s, message=%r, url=%r' % (self.status, self.message, str(url))

    def __repr__(self):
        args = '%r, %r' % (self.request_info, self.history)
        if self.status != 0:
            args += ', status=%r' % self.status
        if self.message != '':
            args += ', message=%r' % self.message
        if self.headers is not None:
            args += ', headers=%r' % self.headers
        return '%s(%s)' % (type(self).__name__, args)


class ContentTypeError(ClientResponseError):
    pass


class ClientConnectionError(ClientError):
    pass


class ClientOSError(ClientConnectionError, OSError):
    pass


class ClientConnectorError(ClientOSError):
    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (connection_key, os_error)

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._conn_key.host

    @property
    def port(self):
        return self._conn_key.port

    @property
    def ssl(self):
        return self._conn_key.ssl

    def __str__(self):
        return 'Cannot connect to host %s:%s ssl:%s [%s]' % (
            self.host, self.port, 'default' if self.ssl is True else self.ssl,
            self.strerror)


class ClientConnectorDNSError(ClientConnectorError):
    pass


class ClientConnectorSSLError(ClientConnectorError):
    """pyco has no TLS: raised for every https:// URL."""


class ServerConnectionError(ClientConnectionError):
    pass


class ServerDisconnectedError(ServerConnectionError):
    def __init__(self, message=None):
        if message is None:
            message = 'Server disconnected'
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    pass


class ConnectionTimeoutError(ServerTimeoutError):
    pass


class SocketTimeoutError(ServerTimeoutError):
    pass


class ClientPayloadError(ClientError):
    pass


class InvalidURL(ClientError, ValueError):
    def __init__(self, url, description=None):
        self._url = url
        self._description = description
        super().__init__(url) if description is None else super().__init__(url, description)

    @property
    def url(self):
        return self._url

    def __str__(self):
        if self._description:
            return '%s - %s' % (self._url, self._description)
        return str(self._url)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)


class InvalidUrlClientError(InvalidURL):
    pass


class NonHttpUrlClientError(ClientError):
    pass
