"""pyco's types module: names for built-in types, SimpleNamespace, coroutine."""

import sys
import _pyco_lib


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
del _f


def _g():
    yield 1


_gen = _g()
GeneratorType = type(_gen)
del _gen, _g


async def _c():
    pass


_coro = _c()
CoroutineType = type(_coro)
_coro.close()
del _coro, _c


async def _ag():
    yield 1


_agen = _ag()
AsyncGeneratorType = type(_agen)
del _agen, _ag


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _C

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
NoneType = type(None)
UnionType = type(int | str)
GenericAlias = type(list[int])
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

from _pyco_mappingproxy import mappingproxy as MappingProxyType

_module_type = type(sys)
try:
    _module_type('types')
    ModuleType = _module_type
except TypeError:
    # pyco's module type cannot be called: a stand-in class that makes modules and
    # recognises them with isinstance().
    def _mt_new(cls, name, doc=None):
        return _pyco_lib.new_module(name, doc)

    def _mt_instancecheck(cls, obj):
        return type(obj) is _module_type

    def _mt_subclasscheck(cls, sub):
        return sub is _module_type or sub is cls

    _ModuleTypeMeta = type('_ModuleTypeMeta', (type,), {
        '__instancecheck__': _mt_instancecheck,
        '__subclasscheck__': _mt_subclasscheck,
    })
    ModuleType = _ModuleTypeMeta('ModuleType', (), {'__new__': _mt_new})
    ModuleType.__name__ = 'module'
    ModuleType.__qualname__ = 'module'
    ModuleType.__module__ = 'builtins'


class SimpleNamespace:
    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        ident = id(self)
        if ident in _repr_running:
            return name + '(...)'
        _repr_running.add(ident)
        try:
            items = [k + '=' + repr(v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(ident)
        return name + '(' + ', '.join(items) + ')'

    def __getattr__(self, name):
        raise AttributeError("'types.SimpleNamespace' object has no attribute " + repr(name))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __hash__(self):
        raise TypeError("unhashable type: 'types.SimpleNamespace'")


_repr_running = set()


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = type
    if kwds and 'metaclass' in kwds:
        meta = kwds['metaclass']
    return meta(name, tuple(bases), ns)


def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    kind = _pyco_lib.func_kind(func)
    if kind == 'coroutine':
        return func
    import _pyco

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is GeneratorType:
            return _pyco.iterable_coroutine(coro)
        return coro
    try:
        wrapped.__name__ = func.__name__
        wrapped.__qualname__ = func.__qualname__
        wrapped.__doc__ = func.__doc__
        wrapped.__module__ = func.__module__
    except AttributeError:
        pass
    wrapped.__wrapped__ = func
    return wrapped
