"""pyco's inspect module: the type predicates, generator/coroutine states, and
signatures (`signature`, `Signature`, `Parameter`, `BoundArguments`)."""

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


# ---------------------------------------------------------------- signatures

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker: no value given to `replace`."""


def _make_kinds():
    import enum

    class _ParameterKind(enum.IntEnum):
        POSITIONAL_ONLY = 0
        POSITIONAL_OR_KEYWORD = 1
        VAR_POSITIONAL = 2
        KEYWORD_ONLY = 3
        VAR_KEYWORD = 4

        def __str__(self):
            return self._name_

        @property
        def description(self):
            return _KIND_DESCRIPTIONS[self]

    _ParameterKind.__module__ = 'inspect'
    return _ParameterKind


_ParameterKind = _make_kinds()
_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self._kind
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = '{} = {}'.format(text, repr(self._default))
            else:
                text = '{}={}'.format(text, repr(self._default))
        if kind == _VAR_POSITIONAL:
            text = '*' + text
        elif kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: the arguments by parameter name."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(args))


class Signature:
    """The parameters and return annotation of a callable, as `inspect.signature` gives."""

    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: {} parameter before {} '
                                         'parameter'.format(top_kind.description, kind.description))
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = _types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo = frozenset(param for param in self.parameters.values() if param.kind == _KEYWORD_ONLY)
        return hash((params, kwo, self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        if self.return_annotation != other.return_annotation:
            return False
        mine, theirs = list(self.parameters.values()), list(other.parameters.values())
        if len(mine) != len(theirs):
            return False
        positional = [p for p in mine if p.kind != _KEYWORD_ONLY]
        positional_other = [p for p in theirs if p.kind != _KEYWORD_ONLY]
        kwonly = {p.name: p for p in mine if p.kind == _KEYWORD_ONLY}
        kwonly_other = {p.name: p for p in theirs if p.kind == _KEYWORD_ONLY}
        return positional == positional_other and kwonly == kwonly_other

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = ('{arg!r} parameter is positional only, '
                                   'but was passed as a keyword')
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError('missing a required argument: {arg!r}'.format(
                            arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {arg!r}'.format(
                            arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(
                        arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'.format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def _signature_from_function(cls, func):
    code = func.__code__
    pos_count = code.co_argcount
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(names[:pos_count]):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    flags = code.co_flags
    star = None
    if flags & 0x04:
        star = names[index]
        index += 1
    if star is not None:
        parameters.append(Parameter(star, _VAR_POSITIONAL,
                                    annotation=annotations.get(star, _empty)))
    for name in names[pos_count:pos_count + kwonly_count]:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if flags & 0x08:
        name = names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _partial_signature(sig, partial):
    params = dict(sig.parameters)
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    out = []
    keyword_only_from = False
    for name, param in params.items():
        if name in bound.arguments and param.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
            if name in partial.keywords:
                param = param.replace(default=bound.arguments[name])
                if param.kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
                    keyword_only_from = True
                if param.kind == _POSITIONAL_ONLY:
                    continue
            else:
                continue
        if keyword_only_from and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        elif keyword_only_from and param.kind == _VAR_POSITIONAL:
            continue
        out.append(param)
    return sig.replace(parameters=out)


def _signature_from_callable(obj, follow_wrapped=True, sigcls=None):
    if sigcls is None:
        sigcls = Signature
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, _types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped, sigcls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, _types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, sigcls)
    sig = getattr(obj, '__signature__', None)
    if sig is not None and not isinstance(obj, type):
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isinstance(obj, _types.FunctionType):
        return _signature_from_function(sigcls, obj)
    if type(obj).__name__ == 'partial' and hasattr(obj, 'func'):
        return _partial_signature(_signature_from_callable(obj.func, follow_wrapped, sigcls), obj)
    if isinstance(obj, type):
        for klass in obj.__mro__[:-1]:
            if '__init__' in klass.__dict__ or '__new__' in klass.__dict__:
                break
        else:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return sigcls([])
        for name in ('__call__',):
            meta_call = getattr(type(obj), name, None)
            if isinstance(meta_call, _types.FunctionType):
                return _drop_first(_signature_from_callable(meta_call, follow_wrapped, sigcls))
        for klass in obj.__mro__:
            if '__new__' in klass.__dict__ and isinstance(klass.__dict__['__new__'], (staticmethod, _types.FunctionType)):
                new = klass.__dict__['__new__']
                new = getattr(new, '__func__', new)
                init_owner = next((k for k in obj.__mro__ if '__init__' in k.__dict__), None)
                if init_owner is None or obj.__mro__.index(init_owner) >= obj.__mro__.index(klass):
                    return _drop_first(_signature_from_function(sigcls, new))
                break
            if '__init__' in klass.__dict__:
                init = klass.__dict__['__init__']
                if isinstance(init, _types.FunctionType):
                    return _drop_first(_signature_from_callable(init, follow_wrapped, sigcls))
                break
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isinstance(obj, _types.BuiltinFunctionType) or type(obj).__name__ in (
            'builtin_function_or_method', 'method-wrapper', 'wrapper_descriptor'):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, _types.FunctionType):
        return _drop_first(_signature_from_callable(call, follow_wrapped, sigcls))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


# ---------------------------------------------------------------- source

def _function_of(object):
    if isinstance(object, _types.MethodType):
        object = object.__func__
    object = unwrap(object) if isinstance(object, _types.FunctionType) else object
    if isinstance(object, (_types.GeneratorType, _types.CoroutineType)):
        object = object.gi_code if hasattr(object, 'gi_code') else object.cr_code
    return object


def getsourcelines(object):
    """The lines of a function's definition (decorators included) and its first line."""
    info = _pyco_lib.function_source(_function_of(object))
    if info is None:
        if isinstance(object, (type, _types.ModuleType)):
            raise NotImplementedError("pyco's inspect reads the source of functions only")
        raise TypeError('module, class, method, function, traceback, frame, or code object '
                        'was expected, got {}'.format(type(object).__name__))
    filename, lines, first = info
    if filename.startswith('<') and filename != '<string>':
        raise OSError('could not get source code')
    start = first - 1
    header = lines[start]
    indent = len(header) - len(header.lstrip())
    # The header ends at the first line (after the decorators) closing its brackets.
    depth = 0
    end = start
    while end < len(lines):
        line = lines[end]
        depth += sum(line.count(c) for c in '([{') - sum(line.count(c) for c in ')]}')
        end += 1
        if depth <= 0 and not line.lstrip().startswith('@'):
            break
    one_line = not lines[end - 1].split('#')[0].rstrip().endswith(':')
    if not one_line:
        # The body: every line indented deeper than the header (and blank lines).
        while end < len(lines):
            text = lines[end]
            stripped = text.strip()
            if stripped and len(text) - len(text.lstrip()) <= indent:
                break
            end += 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
    return [line + '\n' for line in lines[start:end]], first


def getsource(object):
    """The source text of a function's definition."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def getfile(object):
    """The file a function was defined in."""
    info = _pyco_lib.function_source(_function_of(object))
    if info is None:
        if isinstance(object, _types.ModuleType) and hasattr(object, '__file__'):
            return object.__file__
        raise TypeError('module, class, method, function, traceback, frame, or code object '
                        'was expected, got {}'.format(type(object).__name__))
    return info[0]


getsourcefile = getfile
