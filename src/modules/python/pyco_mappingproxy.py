"""`types.MappingProxyType`: a read-only, live view of a mapping."""


class mappingproxy:
    __module__ = 'builtins'
    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if (not hasattr(type(mapping), '__getitem__') or not hasattr(type(mapping), 'keys')
                or isinstance(mapping, (list, tuple))):
            raise TypeError('mappingproxy() argument must be a mapping, not '
                            + type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __hash__(self):
        return hash(self._mapping)

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '" + name + "'")

    def __repr__(self):
        return 'mappingproxy(' + repr(self._mapping) + ')'

    def __str__(self):
        return str(self._mapping)
