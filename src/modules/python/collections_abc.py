"""pyco's collections.abc: abstract base classes checked by protocol, as CPython's are."""


def _class_has(t, names):
    # As CPython's __subclasshook__s do: each method must be in the dict of a class of
    # the MRO, and not set to None there (`__hash__ = None`).
    mro = t.__mro__
    for n in names:
        for k in mro:
            d = k.__dict__
            if n in d:
                if d[n] is None:
                    return False
                break
        else:
            if n == '__call__' and t in (_function, _builtin):
                continue
            return False
    return True


def _has(obj, *names):
    return _class_has(type(obj), names)


_function = type(_has)
_builtin = type(len)


class _ProtocolMeta(type):
    """The ABCs' metaclass: an ABC accepts the classes that have its methods."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls in sub.__mro__:
            return True
        methods = cls.__dict__.get('_abc_methods')
        return methods is not None and _class_has(sub, methods)


def _abc(name, methods):
    return _ProtocolMeta(name, (), {'_abc_methods': methods, '__module__': 'collections.abc'})


Iterable = _abc('Iterable', ('__iter__',))
Iterator = _abc('Iterator', ('__iter__', '__next__'))
Generator = _abc('Generator', ('__iter__', '__next__', 'send', 'throw', 'close'))
Container = _abc('Container', ('__contains__',))
Sized = _abc('Sized', ('__len__',))
Callable = _abc('Callable', ('__call__',))
Hashable = _abc('Hashable', ('__hash__',))
Awaitable = _abc('Awaitable', ('__await__',))
Coroutine = _abc('Coroutine', ('__await__', 'send', 'throw', 'close'))
Mapping = _abc('Mapping', ('__getitem__', '__iter__', '__len__', 'keys', 'items', 'values', 'get'))
Sequence = _abc('Sequence', ('__getitem__', '__len__', '__iter__', 'index', 'count'))
AsyncIterable = _abc('AsyncIterable', ('__aiter__',))
AsyncIterator = _abc('AsyncIterator', ('__aiter__', '__anext__'))
AsyncGenerator = _abc('AsyncGenerator', ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'))
Reversible = _abc('Reversible', ('__reversed__', '__iter__'))
Collection = _abc('Collection', ('__len__', '__iter__', '__contains__'))
Set = _abc('Set', ('__contains__', '__iter__', '__len__', 'isdisjoint'))
MutableSet = _abc('MutableSet', ('__contains__', '__iter__', '__len__', 'isdisjoint', 'add', 'discard'))
MutableMapping = _abc('MutableMapping', ('__getitem__', '__setitem__', '__delitem__', '__iter__', '__len__', 'keys', 'items', 'values', 'get', 'pop', 'popitem', 'clear', 'update', 'setdefault'))
MutableSequence = _abc('MutableSequence', ('__getitem__', '__setitem__', '__delitem__', '__len__', '__iter__', 'index', 'count', 'insert', 'append', 'reverse', 'extend', 'pop', 'remove'))
