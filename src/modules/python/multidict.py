"""pyco's multidict: the ordered multi-value mappings aiohttp uses for headers and query
strings, after the multidict package (7.x): `MultiDict`, `CIMultiDict` (keys compare
case-insensitively) and their read-only proxies. A key may occur several times; `[key]`
and `get` give the first value, `getall` every one, `add` appends, `[key] = v` replaces
them all. `keys()` lists each key once, `len` counts every item, as multidict does."""

from collections.abc import MutableMapping, Mapping

_MISSING = object()


class istr(str):
    """A str marking a header name (case-insensitive in CIMultiDict either way)."""


class _View:
    def __init__(self, entries, kind):
        self._entries = entries
        self._kind = kind

    def __len__(self):
        return len(list(iter(self)))

    def __iter__(self):
        if self._kind == 'keys':
            seen = set()
            for ident, k, _ in self._entries:
                if ident not in seen:
                    seen.add(ident)
                    yield k
        elif self._kind == 'values':
            for _, _, v in self._entries:
                yield v
        else:
            for _, k, v in self._entries:
                yield k, v

    def __contains__(self, item):
        return item in list(iter(self))

    def __repr__(self):
        if self._kind == 'items':
            body = ', '.join('%r: %r' % kv for kv in self)
        else:
            body = ', '.join(repr(x) for x in self)
        name = {'keys': '_KeysView', 'values': '_ValuesView', 'items': '_ItemsView'}[self._kind]
        return '<%s(%s)>' % (name, body)


class _Base:
    """The read side shared by the dicts and the proxies; `_entries` is a list of
    (identity, key, value), the identity being the key itself or its lower-case form."""

    _ci = False

    def _ident(self, key):
        if not isinstance(key, str):
            raise TypeError('MultiDict keys should be either str or subclasses of str')
        return key.lower() if self._ci else key

    def getall(self, key, default=_MISSING):
        ident = self._ident(key)
        found = [v for i, _, v in self._entries if i == ident]
        if found:
            return found
        if default is not _MISSING:
            return default
        raise KeyError(key)

    def getone(self, key, default=_MISSING):
        ident = self._ident(key)
        for i, _, v in self._entries:
            if i == ident:
                return v
        if default is not _MISSING:
            return default
        raise KeyError(key)

    def __getitem__(self, key):
        return self.getone(key)

    def get(self, key, default=None):
        return self.getone(key, default)

    def __contains__(self, key):
        if not isinstance(key, str):
            return False
        ident = self._ident(key)
        return any(i == ident for i, _, _ in self._entries)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._entries)

    def keys(self):
        return _View(self._entries, 'keys')

    def values(self):
        return _View(self._entries, 'values')

    def items(self):
        return _View(self._entries, 'items')

    def __eq__(self, other):
        if isinstance(other, _Base):
            return [(i, v) for i, _, v in self._entries] == [(i, v) for i, _, v in other._entries]
        if isinstance(other, Mapping):
            return len(self) == len(other) and all(
                k in self and self[k] == v for k, v in other.items())
        return NotImplemented

    def __repr__(self):
        body = ', '.join('%r: %r' % (k, v) for _, k, v in self._entries)
        return '<%s(%s)>' % (type(self).__name__, body)


class MultiDict(_Base, MutableMapping):
    def __init__(self, *args, **kwargs):
        self._entries = []
        self._extend(args, kwargs, 'MultiDict', self.add)

    def _extend(self, args, kwargs, name, add):
        if len(args) > 1:
            raise TypeError('%s takes at most 1 positional argument (%d given)'
                            % (name, len(args)))
        if args:
            arg = args[0]
            if isinstance(arg, _Base):
                items = [(k, v) for _, k, v in arg._entries]
            elif hasattr(arg, 'items'):
                items = list(arg.items())
            else:
                items = []
                for pair in arg:
                    if len(pair) != 2:
                        raise ValueError('multidict update sequence element has length %d; '
                                         '2 is required' % len(pair))
                    items.append(tuple(pair))
            for k, v in items:
                add(k, v)
        for k, v in kwargs.items():
            add(k, v)

    def add(self, key, value):
        self._entries.append((self._ident(key), key, value))

    def extend(self, *args, **kwargs):
        self._extend(args, kwargs, 'extend', self.add)

    def __setitem__(self, key, value):
        ident = self._ident(key)
        for n, (i, _, _) in enumerate(self._entries):
            if i == ident:
                self._entries[n] = (ident, key, value)
                self._entries[n + 1:] = [e for e in self._entries[n + 1:] if e[0] != ident]
                return
        self._entries.append((ident, key, value))

    def __delitem__(self, key):
        ident = self._ident(key)
        kept = [e for e in self._entries if e[0] != ident]
        if len(kept) == len(self._entries):
            raise KeyError(key)
        self._entries[:] = kept

    def setdefault(self, key, default=None):
        if key in self:
            return self.getone(key)
        self.add(key, default)
        return default

    def popone(self, key, default=_MISSING):
        ident = self._ident(key)
        for n, (i, _, v) in enumerate(self._entries):
            if i == ident:
                del self._entries[n]
                return v
        if default is not _MISSING:
            return default
        raise KeyError(key)

    pop = popone

    def popall(self, key, default=_MISSING):
        found = self.getall(key, default)
        if key in self:
            del self[key]
        return found

    def popitem(self):
        if not self._entries:
            raise KeyError('empty multidict')
        _, k, v = self._entries.pop(0)
        return k, v

    def clear(self):
        self._entries.clear()

    def update(self, *args, **kwargs):
        self._extend(args, kwargs, 'update', self.__setitem__)

    def copy(self):
        return type(self)(self)


class CIMultiDict(MultiDict):
    _ci = True


class MultiDictProxy(_Base, Mapping):
    """A read-only view of a MultiDict (changes to the dict show through)."""

    _dict_type = MultiDict

    def __init__(self, arg):
        if not isinstance(arg, self._dict_type):
            raise TypeError('ctor requires %s instance, not %s'
                            % (self._dict_type.__name__, type(arg).__name__))
        self._md = arg
        self._entries = arg._entries

    def copy(self):
        return self._dict_type(self._md)


class CIMultiDictProxy(MultiDictProxy):
    _ci = True
    _dict_type = CIMultiDict
