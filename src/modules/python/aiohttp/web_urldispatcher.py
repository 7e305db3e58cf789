"""aiohttp.web routing: the application's router (`UrlDispatcher`), its resources (a
path pattern with `{name}` or `{name:regex}` parts) and routes (a method and a handler on
a resource), the route definitions `web.get(...)`, `web.post(...)`, ... and
`RouteTableDef`. Resolving a request finds the first resource whose pattern matches the
path and a route for the method: otherwise 405 (with the methods that exist) or 404."""

import re
from aiohttp.web_exceptions import HTTPNotFound, HTTPMethodNotAllowed

METH_ANY = '*'
_PART = re.compile(r'\{(?P<name>[_a-zA-Z][_a-zA-Z0-9]*)(?::(?P<re>[^{}]*(?:\{[^{}]*\}[^{}]*)*))?\}')


class MatchInfo(dict):
    """The values of a resolved request's `{name}` parts, and the route that matched."""

    def __init__(self, values, route):
        super().__init__(values)
        self.route = route

    @property
    def handler(self):
        return self.route.handler

    def __repr__(self):
        return '<MatchInfo %s: %r>' % (dict.__repr__(self), self.route)


class Resource:
    def __init__(self, path, name=None):
        if path and not path.startswith('/'):
            raise ValueError('path should be started with / or be empty')
        self.path = path
        self.name = name
        self.routes = []
        pattern = ''
        pos = 0
        dynamic = False
        for m in _PART.finditer(path):
            dynamic = True
            pattern += re.escape(path[pos:m.start()])
            pattern += '(?P<%s>%s)' % (m.group('name'), m.group('re') or '[^{}/]+')
            pos = m.end()
        if '{' in path[pos:] or '}' in path[pos:]:
            raise ValueError("Invalid path '%s'['%s']" % (path, path[pos:]))
        pattern += re.escape(path[pos:])
        self.dynamic = dynamic
        try:
            self._re = re.compile(pattern + '$')
        except re.error as e:
            raise ValueError("Bad pattern '%s': %s" % (pattern, e)) from None

    def add_route(self, method, handler):
        method = method.upper()
        for route in self.routes:
            if route.method == method or route.method == METH_ANY:
                raise RuntimeError('Added route will never be executed, '
                                   'method %s is already registered' % route.method)
        route = Route(method, handler, self)
        self.routes.append(route)
        return route

    def match(self, path):
        m = self._re.match(path)
        return None if m is None else m.groupdict()

    def url_for(self, **parts):
        return _PART.sub(lambda m: parts[m.group('name')], self.path)

    def __repr__(self):
        kind = 'DynamicResource' if self.dynamic else 'PlainResource'
        name = " '%s'" % self.name if self.name else ''
        return '<%s%s  %s>' % (kind, name, self.path)


class Route:
    def __init__(self, method, handler, resource):
        if not callable(handler):
            raise TypeError('Only async functions are allowed as web-handlers, got %r'
                            % (handler,))
        self.method = method
        self.handler = handler
        self.resource = resource

    @property
    def name(self):
        return self.resource.name

    def __repr__(self):
        return '<ResourceRoute [%s] %r -> %r>' % (self.method, self.resource, self.handler)


class UrlDispatcher:
    def __init__(self):
        self._resources = []
        self._named = {}
        self._frozen = False

    def freeze(self):
        self._frozen = True

    def add_resource(self, path, *, name=None):
        if self._frozen:
            raise RuntimeError('Cannot register a resource into frozen router.')
        if self._resources and name is None:
            last = self._resources[-1]
            if last.name is None and last.path == path:
                return last
        resource = Resource(path, name)
        if name is not None:
            if name in self._named:
                raise ValueError('Duplicate %r, already handled by %r'
                                 % (name, self._named[name]))
            self._named[name] = resource
        self._resources.append(resource)
        return resource

    def add_route(self, method, path, handler, *, name=None, expect_handler=None):
        return self.add_resource(path, name=name).add_route(method, handler)

    def add_get(self, path, handler, *, name=None, allow_head=True, **kwargs):
        resource = self.add_resource(path, name=name)
        if allow_head:
            resource.add_route('HEAD', handler)
        return resource.add_route('GET', handler)

    def add_head(self, path, handler, **kwargs):
        return self.add_route('HEAD', path, handler, **kwargs)

    def add_post(self, path, handler, **kwargs):
        return self.add_route('POST', path, handler, **kwargs)

    def add_put(self, path, handler, **kwargs):
        return self.add_route('PUT', path, handler, **kwargs)

    def add_patch(self, path, handler, **kwargs):
        return self.add_route('PATCH', path, handler, **kwargs)

    def add_delete(self, path, handler, **kwargs):
        return self.add_route('DELETE', path, handler, **kwargs)

    def add_options(self, path, handler, **kwargs):
        return self.add_route('OPTIONS', path, handler, **kwargs)

    def add_routes(self, routes):
        return [r for d in routes for r in d.register(self)]

    def resources(self):
        return list(self._resources)

    def routes(self):
        return [r for res in self._resources for r in res.routes]

    def named_resources(self):
        return dict(self._named)

    def __getitem__(self, name):
        return self._named[name]

    def __contains__(self, name):
        return name in self._named

    def __len__(self):
        return len(self._named)

    def __iter__(self):
        return iter(self._named)

    def resolve(self, request):
        """MatchInfo for `request`; raises HTTPNotFound or HTTPMethodNotAllowed."""
        allowed = set()
        for resource in self._resources:
            values = resource.match(request.path)
            if values is None:
                continue
            for route in resource.routes:
                if route.method == request.method or route.method == METH_ANY:
                    return MatchInfo(values, route)
                allowed.add(route.method)
        if allowed:
            raise HTTPMethodNotAllowed(request.method, allowed)
        raise HTTPNotFound()


class RouteDef:
    """One `web.get(path, handler)`-style definition, registered by `add_routes`."""

    def __init__(self, method, path, handler, kwargs):
        self.method = method
        self.path = path
        self.handler = handler
        self.kwargs = kwargs

    def __repr__(self):
        info = ''.join(', %s=%r' % kv for kv in sorted(self.kwargs.items()))
        return '<RouteDef %s %s -> %s%s>' % (self.method, self.path,
                                             self.handler.__name__, info)

    def register(self, router):
        if self.method == 'GET':
            return [router.add_get(self.path, self.handler, **self.kwargs)]
        return [router.add_route(self.method, self.path, self.handler, **self.kwargs)]


def route(method, path, handler, **kwargs):
    return RouteDef(method, path, handler, kwargs)


def head(path, handler, **kwargs):
    return route('HEAD', path, handler, **kwargs)


def options(path, handler, **kwargs):
    return route('OPTIONS', path, handler, **kwargs)


def get(path, handler, *, name=None, allow_head=True, **kwargs):
    return route('GET', path, handler, name=name, allow_head=allow_head, **kwargs)


def post(path, handler, **kwargs):
    return route('POST', path, handler, **kwargs)


def put(path, handler, **kwargs):
    return route('PUT', path, handler, **kwargs)


def patch(path, handler, **kwargs):
    return route('PATCH', path, handler, **kwargs)


def delete(path, handler, **kwargs):
    return route('DELETE', path, handler, **kwargs)


def view(path, handler, **kwargs):
    return route(METH_ANY, path, handler, **kwargs)


class RouteTableDef:
    """Route definitions collected with decorators (`@routes.get('/')`)."""

    def __init__(self):
        self._items = []

    def __repr__(self):
        return '<RouteTableDef count=%d>' % len(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __contains__(self, item):
        return item in self._items

    def route(self, method, path, **kwargs):
        def inner(handler):
            self._items.append(RouteDef(method, path, handler, kwargs))
            return handler
        return inner

    def head(self, path, **kwargs):
        return self.route('HEAD', path, **kwargs)

    def get(self, path, **kwargs):
        return self.route('GET', path, **kwargs)

    def post(self, path, **kwargs):
        return self.route('POST', path, **kwargs)

    def put(self, path, **kwargs):
        return self.route('PUT', path, **kwargs)

    def patch(self, path, **kwargs):
        return self.route('PATCH', path, **kwargs)

    def delete(self, path, **kwargs):
        return self.route('DELETE', path, **kwargs)

    def options(self, path, **kwargs):
        return self.route('OPTIONS', path, **kwargs)

    def view(self, path, **kwargs):
        return self.route(METH_ANY, path, **kwargs)
