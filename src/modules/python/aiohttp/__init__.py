"""pyco's aiohttp: a pure-Python subset of aiohttp 3.14.5 on pyco's asyncio.

`aiohttp.web` is the server (applications, routing, requests, responses, runners);
this package holds the client (`ClientSession`) and its exceptions. Plain HTTP/1.1 only:
pyco has no TLS, so an https:// URL fails with `ClientConnectorError`. What exists and
how it differs from aiohttp is listed in docs/language.md."""

__version__ = '3.14.5'

from aiohttp.client_exceptions import (
    ClientError, ClientConnectionError, ClientOSError, ClientConnectorError,
    ClientResponseError, ClientPayloadError, ServerDisconnectedError, ServerTimeoutError,
    InvalidURL, ContentTypeError, ServerConnectionError, ClientConnectorSSLError,
    ConnectionTimeoutError, SocketTimeoutError)
from aiohttp.client import ClientSession, ClientResponse, ClientTimeout, request
from aiohttp.http import HttpVersion, HttpVersion10, HttpVersion11
