"""pyco's collections.abc: abstract base classes checked by protocol, as CPython's are."""


def _has(obj, *names):
    t = type(obj)
    for n in names:
        if not hasattr(t, n):
            return False
    return True


class _ProtocolMeta:
    pass


def _abc(name, methods):
    def __instancecheck__(cls, obj):
        return _has(obj, *methods)

    def __subclasscheck__(cls, sub):
        for n in methods:
            if not hasattr(sub, n):
                return False
        return True
    return type(name, (), {'__instancecheck__': __instancecheck__, '__subclasscheck__': __subclasscheck__, '__module__': 'collections.abc'})


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
