"""requests.sessions: `Session` keeps default headers and params across requests, prepares
each request, sends it through its adapter and follows redirects as requests does (at
most 30; 301/302 turn a POST into a GET, 303 anything but HEAD into a GET)."""

from urllib.parse import urljoin, urlsplit
from requests.structures import CaseInsensitiveDict
from requests.models import Request, requote_uri
from requests.adapters import HTTPAdapter
from requests.exceptions import TooManyRedirects

DEFAULT_REDIRECT_LIMIT = 30


def default_headers():
    return CaseInsensitiveDict({
        'User-Agent': 'python-requests/2.34.2',
        'Accept-Encoding': 'identity',
        'Accept': '*/*',
        'Connection': 'keep-alive',
    })


class Session:
    def __init__(self):
        self.headers = default_headers()
        self.params = {}
        self.max_redirects = DEFAULT_REDIRECT_LIMIT
        self.adapters = {'https://': HTTPAdapter(), 'http://': HTTPAdapter()}

    def __repr__(self):
        return '<requests.sessions.Session object at 0x%x>' % id(self)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        for adapter in self.adapters.values():
            adapter.close()

    def prepare_request(self, request):
        headers = CaseInsensitiveDict(self.headers)
        for name, value in (request.headers or {}).items():
            if value is None:
                headers.pop(name, None)
            else:
                headers[name] = value
        params = dict(self.params)
        if request.params:
            items = request.params.items() if hasattr(request.params, 'items') else None
            if items is None or isinstance(request.params, (str, bytes)):
                params = request.params
            else:
                params.update(items)
        p = Request(method=request.method.upper(), url=request.url, headers=headers,
                    data=request.data, json=request.json, params=params).prepare()
        return p

    def request(self, method, url, params=None, data=None, headers=None, cookies=None,
                files=None, auth=None, timeout=None, allow_redirects=True, proxies=None,
                hooks=None, stream=None, verify=None, cert=None, json=None):
        if files is not None:
            raise NotImplementedError("pyco's requests: files= (multipart uploads) is "
                                      "not supported")
        if auth is not None:
            raise NotImplementedError("pyco's requests: auth= is not supported; send an "
                                      "Authorization header instead")
        req = Request(method=method.upper(), url=url, headers=headers, data=data or {},
                      json=json, params=params or {})
        prep = self.prepare_request(req)
        return self.send(prep, timeout=timeout, allow_redirects=allow_redirects)

    def send(self, request, timeout=None, allow_redirects=True, **kwargs):
        adapter = self.get_adapter(request.url)
        resp = adapter.send(request, timeout=timeout)
        if allow_redirects:
            history = []
            while resp.is_redirect:
                history.append(resp)
                if len(history) > self.max_redirects:
                    raise TooManyRedirects('Exceeded %s redirects.' % self.max_redirects,
                                           response=resp)
                request = self._redirected(resp, request)
                resp = self.get_adapter(request.url).send(request, timeout=timeout)
            if history:
                for r in history:
                    r.history = history[:history.index(r)]
                resp.history = history
        return resp

    def _redirected(self, resp, request):
        location = resp.headers['location']
        if location.startswith('//'):
            location = '%s:%s' % (urlsplit(resp.url).scheme, location)
        parsed = urlsplit(location)
        if parsed.fragment == '' and urlsplit(request.url).fragment:
            location = location + '#' + urlsplit(request.url).fragment
        url = requote_uri(urljoin(resp.url, location)) if not parsed.netloc else \
            requote_uri(location)
        new = request.copy()
        new.url = url
        method = request.method
        if resp.status_code == 303 and method != 'HEAD':
            method = 'GET'
        if resp.status_code == 302 and method != 'HEAD':
            method = 'GET'
        if resp.status_code == 301 and method == 'POST':
            method = 'GET'
        new.method = method
        if resp.status_code not in (307, 308):
            for header in ('Content-Length', 'Content-Type', 'Transfer-Encoding'):
                new.headers.pop(header, None)
            new.body = None
        new.headers.pop('Host', None)
        return new

    def get_adapter(self, url):
        for prefix, adapter in self.adapters.items():
            if url.lower().startswith(prefix.lower()):
                return adapter
        from requests.exceptions import InvalidSchema
        raise InvalidSchema('No connection adapters were found for %r' % url)

    def get(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', True)
        return self.request('GET', url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', True)
        return self.request('OPTIONS', url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', False)
        return self.request('HEAD', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)


def session():
    return Session()
