"""pyco's collections module (the parts written in Python)."""

from collections_abc import Iterable, Iterator, Generator, Container, Sized, Callable, Hashable, Coroutine, Awaitable, Mapping, Sequence

_tuple_new_checked = None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = tuple(map(str, field_names))
    for name in (typename,) + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen.add(name)
    nfields = len(field_names)
    defaults_t = tuple(defaults) if defaults is not None else ()
    if len(defaults_t) > nfields:
        raise TypeError('Got more default values than field names')

    def __init__(self, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(typename + '.__new__() takes ' + str(nfields + 1) + ' positional arguments but ' + str(len(args) + 1) + ' were given')
        values = list(args)
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            else:
                idx = field_names.index(name) - (nfields - len(defaults_t))
                if idx >= 0:
                    values.append(defaults_t[idx])
                else:
                    missing = [n for n in field_names[len(values):] if n not in kwargs]
                    raise TypeError(typename + ".__new__() missing " + str(len(missing)) + " required positional argument" + ("s" if len(missing) > 1 else "") + ": " + ", ".join(repr(m) for m in missing))
        if kwargs:
            raise TypeError(typename + ".__new__() got an unexpected keyword argument " + repr(list(kwargs)[0]))
        object.__setattr__(self, '_values', tuple(values))

    def __repr__(self):
        return typename + '(' + ', '.join(n + '=' + repr(v) for n, v in zip(field_names, self._values)) + ')'

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return nfields

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        if hasattr(other, '_values'):
            other = other._values
        return self._values == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._values < tuple(other)

    def __hash__(self):
        return hash(self._values)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def _asdict(self):
        return dict(zip(field_names, self._values))

    def _replace(self, **kwargs):
        values = [kwargs.pop(n, v) for n, v in zip(field_names, self._values)]
        if kwargs:
            raise ValueError('Got unexpected field names: ' + repr(list(kwargs)))
        return cls(*values)

    def _make(klass, iterable):
        return klass(*iterable)

    def count(self, value):
        return self._values.count(value)

    def index(self, value):
        return self._values.index(value)

    namespace = {
        '__init__': __init__, '__repr__': __repr__, '__iter__': __iter__, '__len__': __len__,
        '__getitem__': __getitem__, '__eq__': __eq__, '__ne__': __ne__, '__lt__': __lt__,
        '__hash__': __hash__, '__setattr__': __setattr__, '_asdict': _asdict, '_replace': _replace,
        '_make': classmethod(_make), 'count': count, 'index': index,
        '_fields': field_names, '_field_defaults': dict(zip(field_names[nfields - len(defaults_t):], defaults_t)),
        '__doc__': typename + '(' + ', '.join(field_names) + ')',
    }
    for i, name in enumerate(field_names):
        namespace[name] = property(lambda self, i=i: self._values[i])
    cls = type(typename, (), namespace)
    return cls
