"""pyco's inspect module: the type predicates and generator/coroutine states."""

import types as _types
import _pyco_lib

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'
AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def _unwrap_partial(func):
    while True:
        f = getattr(func, 'func', None)
        if f is None or type(func).__name__ != 'partial':
            return func
        func = f


def _kind(obj):
    if isinstance(obj, _types.MethodType):
        obj = obj.__func__
    return _pyco_lib.func_kind(_unwrap_partial(obj))


def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def isgeneratorfunction(obj):
    return _kind(obj) == 'generator'


def iscoroutinefunction(obj):
    return _kind(obj) == 'coroutine'


def isasyncgenfunction(obj):
    return _kind(obj) == 'async_generator'


def isgenerator(object):
    info = _pyco_lib.gen_info(object)
    return info is not None and info[0] == 'generator'


def iscoroutine(object):
    info = _pyco_lib.gen_info(object)
    return info is not None and info[0] == 'coroutine'


def isasyncgen(object):
    info = _pyco_lib.gen_info(object)
    return info is not None and info[0] == 'async_generator'


def isawaitable(object):
    if iscoroutine(object):
        return True
    if isgenerator(object):
        return False
    return hasattr(type(object), '__await__')


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isabstract(object):
    return bool(getattr(object, '__abstractmethods__', False))


def getgeneratorstate(generator):
    info = _pyco_lib.gen_info(generator)
    if info is None or info[0] != 'generator':
        raise AttributeError("'" + type(generator).__name__ + "' object has no attribute 'gi_running'")
    return 'GEN_' + info[1]


def getcoroutinestate(coroutine):
    info = _pyco_lib.gen_info(coroutine)
    if info is None or info[0] != 'coroutine':
        raise AttributeError("'" + type(coroutine).__name__ + "' object has no attribute 'cr_running'")
    return 'CORO_' + info[1]


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError(f"{generator!r} is not a Python generator")
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


def getasyncgenstate(agen):
    info = _pyco_lib.gen_info(agen)
    if info is None or info[0] != 'async_generator':
        raise AttributeError("'" + type(agen).__name__ + "' object has no attribute 'ag_running'")
    return 'AGEN_' + info[1]


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping ' + repr(func))
        seen.add(id(f))
    return f


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    doc = getattr(object, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__
