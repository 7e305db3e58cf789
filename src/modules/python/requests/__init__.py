"""pyco's requests: a pure-Python subset of requests 2.34.2 on pyco's http.client.

`requests.get/post/...`, `Session`, `Response` and the exceptions, for http:// URLs (pyco
has no TLS: https:// raises `requests.exceptions.SSLError`). What exists and how it
differs from requests is listed in docs/language.md."""

__title__ = 'requests'
__version__ = '2.34.2'

from requests import exceptions
from requests.api import request, get, head, post, patch, put, delete, options
from requests.models import Request, PreparedRequest, Response
from requests.sessions import Session, session
from requests.status_codes import codes
from requests.exceptions import (
    RequestException, Timeout, URLRequired, TooManyRedirects, HTTPError, ConnectionError,
    ConnectTimeout, ReadTimeout, JSONDecodeError)
