"""pyco's collections module (the parts written in Python)."""

from collections_abc import Iterable, Iterator, Generator, Container, Sized, Callable, Hashable, Coroutine, Awaitable, Mapping, Sequence
import collections_abc as _cabc
from _pyco import count_elements as _count_elements
import _pyco

_tuple_new_checked = None


# The descriptor behind each namedtuple field: reads item `index` of the tuple.
# A class attribute, as in CPython, so a field named like a tuple method (`count`,
# `index`) hides that method, and assigning or deleting a field is refused. (No
# docstring: `__doc__` is one of its slots.)
class _tuplegetter:
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(' + str(self._index) + ', ' + repr(self.__doc__) + ')'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_' + str(index)
            seen.add(name)
    field_names = tuple(field_names)
    for name in (typename,) + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(name))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: ' + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen.add(name)
    nfields = len(field_names)
    field_index = {name: i for i, name in enumerate(field_names)}
    defaults_t = tuple(defaults) if defaults is not None else ()
    if len(defaults_t) > nfields:
        raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(field_names[nfields - len(defaults_t):], defaults_t))
    arg_list = ', '.join(field_names)
    if nfields == 1:
        arg_list += ','
    _tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        if nargs == nfields and not kwargs:
            return _tuple_new(_cls, args)
        if nargs > nfields:
            raise TypeError(typename + '.__new__() takes ' + str(nfields + 1) + ' positional arguments but ' + str(nargs + 1) + ' were given')
        values = list(args)
        for name in field_names[:nargs]:
            if name in kwargs:
                raise TypeError(typename + ".__new__() got multiple values for argument " + repr(name))
        missing = []
        for name in field_names[nargs:]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if kwargs:
            raise TypeError(typename + ".__new__() got an unexpected keyword argument " + repr(list(kwargs)[0]))
        if missing:
            if len(missing) == 1:
                names = repr(missing[0])
            elif len(missing) == 2:
                names = repr(missing[0]) + ' and ' + repr(missing[1])
            else:
                names = ', '.join(repr(m) for m in missing[:-1]) + ', and ' + repr(missing[-1])
            raise TypeError(typename + ".__new__() missing " + str(len(missing)) + " required positional argument" + ("s" if len(missing) > 1 else "") + ": " + names)
        return _tuple_new(_cls, values)

    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected ' + str(nfields) + ' arguments, got ' + str(len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(n, v) for n, v in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: ' + repr(list(kwds)))
        return result

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join([n + '=' + repr(v) for n, v in zip(field_names, self)]) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': typename + '(' + ', '.join(field_names) + ')',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(index, 'Alias for field number ' + str(index))
    result = type(typename, (tuple,), namespace)
    if module is not None:
        result.__module__ = module
    return result


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield',
])


def _iskeyword(name):
    return name in _KEYWORDS


################################################################################
### deque
################################################################################

def _index(i):
    if isinstance(i, int):
        return i
    m = getattr(type(i), '__index__', None)
    if m is None:
        raise TypeError("'" + type(i).__name__ + "' object cannot be interpreted as an integer")
    return m(i)


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # The items are `reversed(self._l) + self._r`: the left part is stored reversed so
    # that both ends are the ends of Python lists.

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._l = []
        self._r = []
        self.extend(iterable)

    maxlen = property(lambda self: self._maxlen)

    def _items(self):
        if self._l:
            return self._l[::-1] + self._r
        return self._r

    def _set_items(self, items):
        self._l = []
        self._r = list(items)

    # The hot methods are native (src/modules/deque_ops.rs), on `_l`, `_r` and `_maxlen`.
    __len__ = _pyco.deque_len
    __bool__ = _pyco.deque_bool
    append = _pyco.deque_append
    appendleft = _pyco.deque_appendleft
    pop = _pyco.deque_pop
    popleft = _pyco.deque_popleft

    def __iter__(self):
        return iter(self._items()[:] if not self._l else self._items())

    def __reversed__(self):
        return reversed(self._items()[:] if not self._l else self._items())

    def __contains__(self, x):
        return x in self._r or x in self._l

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._r.extend(iterable)
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._l.extend(iterable)
            return
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._l = []
        self._r = []

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._l.count(x) + self._r.count(x)

    def index(self, x, start=0, stop=None):
        items = self._items()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(repr(x) + ' is not in deque')

    def insert(self, i, x):
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()[:]
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        items = self._items()
        for i in range(len(items)):
            if items[i] is value or items[i] == value:
                items = items[:]
                del items[i]
                self._set_items(items)
                return
        raise ValueError(repr(value) + ' is not in deque')

    def reverse(self):
        self._l, self._r = self._r, self._l

    def rotate(self, n=1):
        n = _index(n)
        length = len(self)
        if length <= 1:
            return
        n %= length
        if n:
            items = self._items()
            self._set_items(items[-n:] + items[:-n])

    def _pos(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = _index(i)
            else:
                raise TypeError('sequence index must be integer, not ' + repr(type(i).__name__))
        nl = len(self._l)
        n = nl + len(self._r)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i, nl

    def __getitem__(self, i):
        i, nl = self._pos(i)
        if i < nl:
            return self._l[nl - 1 - i]
        return self._r[i - nl]

    def __setitem__(self, i, x):
        i, nl = self._pos(i)
        if i < nl:
            self._l[nl - 1 - i] = x
        else:
            self._r[i - nl] = x

    def __delitem__(self, i):
        i, nl = self._pos(i)
        if i < nl:
            del self._l[nl - 1 - i]
        else:
            del self._r[i - nl]

    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return name + '(' + repr(list(self._items())) + ')'
        return name + '(' + repr(list(self._items())) + ', maxlen=' + str(self._maxlen) + ')'

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def _cmp_items(self, other, op):
        if not isinstance(other, deque):
            raise TypeError("'" + op + "' not supported between instances of 'collections.deque' and '" + type(other).__name__ + "'")
        return self._items(), other._items()

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        a, b = self._cmp_items(other, '<')
        return a < b

    def __le__(self, other):
        a, b = self._cmp_items(other, '<=')
        return a <= b

    def __gt__(self, other):
        a, b = self._cmp_items(other, '>')
        return a > b

    def __ge__(self, other):
        a, b = self._cmp_items(other, '>=')
        return a >= b

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        return type(self)(self._items() + other._items(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return type(self)(self._items() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * n
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._set_items(items)
        return self


################################################################################
### defaultdict, OrderedDict
################################################################################

class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        return type(self).__name__ + '(' + repr(self.default_factory) + ', ' + dict.__repr__(self) + ')'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new


class OrderedDict(dict):
    def __repr__(self):
        if not self:
            return type(self).__name__ + '()'
        return type(self).__name__ + '(' + repr(list(self.items())) + ')'

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            items = list(self.items())
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in items:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = list(self)[-1]
        else:
            key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reversed__(self):
        return reversed(list(self))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new


################################################################################
### Counter
################################################################################

class Counter(dict):
    # The arithmetic operators accept any dict as their right operand: pyco passes a
    # dict-subclass right operand to binary-operator methods as its plain dict.
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        result = []
        for elem, count in self.items():
            if count > 0:
                result.extend([elem] * count)
        return iter(result)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'items'):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict) or hasattr(iterable, 'items'):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return type(self).__name__ + '()'
        try:
            items = ', '.join([repr(k) + ': ' + repr(v) for k, v in self.most_common()])
            return type(self).__name__ + '({' + items + '})'
        except TypeError:
            return type(self).__name__ + '(' + dict.__repr__(self) + ')'

    def __eq__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return dict.__eq__(self, other)
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return dict.__ne__(self, other)
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def _combine(self, other, op):
        """The Counter of `op(self[x], other[x])` over the elements of both (self's
        first), keeping only positive counts."""
        if not isinstance(other, dict):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = op(count, other.get(elem, 0))
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self:
                newcount = op(0, count)
                if newcount > 0:
                    result[elem] = newcount
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


################################################################################
### ChainMap
################################################################################

class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(map(repr, self.maps)) + ')'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: ' + repr(key)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: ' + repr(key)) from None

    def clear(self):
        self.maps[0].clear()

    def keys(self):
        return list(self)

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())


# As CPython registers them with the ABCs they implement.
_cabc.MutableSequence.register(deque)
_cabc.MutableMapping.register(ChainMap)


class UserDict(_cabc.MutableMapping):
    """A dict-like class keeping its items in the dict `self.data`, for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_cabc.MutableSequence):
    """A list-like class keeping its items in the list `self.data`, for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_cabc.Sequence):
    """A str-like class keeping its text in the string `self.data`, for subclassing."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._cast(string)

    def __lt__(self, string):
        return self.data < self._cast(string)

    def __le__(self, string):
        return self.data <= self._cast(string)

    def __gt__(self, string):
        return self.data > self._cast(string)

    def __ge__(self, string):
        return self.data >= self._cast(string)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)


def _user_string_methods():
    # The str methods: those giving a new string give a UserString of the same class;
    # the others (counts, tests, splits, ...) give what str's do.
    same_class = ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower',
                  'lstrip', 'removeprefix', 'removesuffix', 'replace', 'rjust', 'rstrip',
                  'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill')
    plain = ('count', 'encode', 'endswith', 'find', 'format', 'format_map', 'index',
             'isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
             'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join',
             'partition', 'rfind', 'rindex', 'rpartition', 'rsplit', 'split', 'splitlines',
             'startswith')

    def wrap(name, rewrap):
        method = getattr(str, name)

        def call(self, *args, **kwargs):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            result = method(self.data, *args, **kwargs)
            return self.__class__(result) if rewrap else result
        call.__name__ = call.__qualname__ = name
        return call
    for name in same_class:
        setattr(UserString, name, wrap(name, True))
    for name in plain:
        setattr(UserString, name, wrap(name, False))
    UserString.maketrans = str.maketrans


_user_string_methods()
del _user_string_methods
