"""pyco's typing: the names programs use in annotations, subscriptable as in CPython.

Aliases such as `typing.List[int]` are objects with CPython's repr, `__origin__` and
`__args__`; `isinstance` against an unsubscripted alias (`typing.Iterator`) follows the
`collections.abc` class behind it.
"""

import collections
import collections.abc as _cabc
import functools as _functools

TYPE_CHECKING = False

# `int | str` and `list[int]`: the built-in union and alias types (`types.UnionType`,
# `types.GenericAlias`).
_UnionType = type(int | str)
_BuiltinAlias = type(list[int])


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _is_param(x):
    return isinstance(x, TypeVar)


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) if isinstance(a, _GenericAlias) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('Generic', 'Protocol'):
        raise TypeError(f"{arg} is not valid as type argument")
    if isinstance(arg, (type, TypeVar, ForwardRef, _GenericAlias, _SpecialForm, _SpecialGenericAlias,
                        _UnionType, _BuiltinAlias)) or callable(arg):
        return arg
    raise TypeError(f"{msg} Got {arg!r:.100}.")


class ForwardRef:
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


AnyStr = TypeVar('AnyStr', bytes, str)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return False

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return f'<class {self.__module__}.{self.__qualname__}>'


class Any(metaclass=_AnyMeta):
    pass


class _SpecialForm:
    """`Union`, `Optional`, `ClassVar`, `Final`, `Literal`, ...: subscription makes an alias."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias:
    """`List[int]`, `Stack[T]`, `Union[int, str]`: an origin and its arguments."""

    def __init__(self, origin, args, name=None, special_repr=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._repr = special_repr

    def __repr__(self):
        if self._repr is not None:
            return self._repr(self)
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ((),):
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self} is not a generic class")
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self};"
                            f" actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))

        def sub(a):
            if isinstance(a, TypeVar):
                return subst[a]
            if isinstance(a, _GenericAlias) and a.__parameters__:
                return a[tuple(subst[p] for p in a.__parameters__)]
            return a
        return self.copy_with(tuple(sub(a) for a in self.__args__))

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._repr)

    def __call__(self, *args, **kwargs):
        if self._name:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            res = []
            if self.__origin__ not in bases:
                res.append(self.__origin__)
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (isinstance(b, type) and issubclass(b, Generic)):
                    break
            else:
                res.append(Generic)
            return tuple(res)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias:
    """`typing.List`, `typing.Iterator`, ...: stands for a class, subscriptable."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


def _union_repr(alias):
    args = alias.__args__
    if len(args) == 2:
        if args[0] is type(None):
            return f'typing.Optional[{_type_repr(args[1])}]'
        if args[1] is type(None):
            return f'typing.Optional[{_type_repr(args[0])}]'
    return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, args):
        super().__init__(Union, args, 'Union', _union_repr)

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, (_GenericAlias, TypeVar)):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
            if issubclass(cls, arg):
                return True
        return False


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    params = []
    for p in flat:
        if p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(tuple(params))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


def _single_getitem(self, parameters):
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _GenericAlias(self, (item,), self._name)


def _literal_repr(alias):
    return f'typing.Literal[{", ".join(repr(a) for a in alias.__args__)}]'


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, 'Literal', _literal_repr)


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')


def _callable_repr(alias):
    args = alias.__args__
    if len(args) == 2 and args[0] is ...:
        return f'typing.Callable[..., {_type_repr(args[1])}]'
    return (f'typing.Callable[[{", ".join(_type_repr(a) for a in args[:-1])}], '
            f'{_type_repr(args[-1])}]')


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.") for a in args)
        elif args is ...:
            args = (...,)
        else:
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args!r:.100}.")
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        return _GenericAlias(self.__origin__, args + (result,), 'Callable', _callable_repr)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return _GenericAlias(tuple, (*params, ...), 'Tuple')
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return _GenericAlias(tuple, tuple(_type_check(p, msg) for p in params), 'Tuple')


Hashable = _SpecialGenericAlias(_cabc.Hashable, 0, 'Hashable')
Sized = _SpecialGenericAlias(_cabc.Sized, 0, 'Sized')
Awaitable = _SpecialGenericAlias(_cabc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_cabc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_cabc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_cabc.AsyncIterator, 1, 'AsyncIterator')
AsyncGenerator = _SpecialGenericAlias(_cabc.AsyncGenerator, 2, 'AsyncGenerator')
Iterable = _SpecialGenericAlias(_cabc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_cabc.Iterator, 1, 'Iterator')
Generator = _SpecialGenericAlias(_cabc.Generator, 3, 'Generator')
Reversible = _SpecialGenericAlias(_cabc.Reversible, 1, 'Reversible')
Container = _SpecialGenericAlias(_cabc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_cabc.Collection, 1, 'Collection')
Callable = _CallableType(_cabc.Callable, 2, 'Callable')
AbstractSet = _SpecialGenericAlias(_cabc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_cabc.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_cabc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_cabc.MutableMapping, 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_cabc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_cabc.MutableSequence, 1, 'MutableSequence')
Tuple = _TupleType(tuple, -1, 'Tuple', inst=False)
List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Text = str


def _generic_class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        for p in params:
            if not isinstance(p, TypeVar):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)
    expected = _class_parameters(cls)
    if len(params) != len(expected):
        if not expected:
            raise TypeError(f"{cls} is not a generic class")
        raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} arguments for {cls};"
                        f" actual {len(params)}, expected {len(expected)}")
    return _GenericAlias(cls, params)


def _class_parameters(cls):
    params = cls.__dict__.get('__parameters__')
    if params is not None:
        return params
    orig = cls.__dict__.get('__orig_bases__', ())
    gcount = sum(1 for b in orig if isinstance(b, _GenericAlias) and b.__origin__ is Generic)
    if gcount > 1:
        raise TypeError("Cannot inherit from Generic[...] multiple types.")
    gvars = None
    tvars = []
    for base in orig:
        if isinstance(base, _GenericAlias):
            if base.__origin__ in (Generic, Protocol):
                gvars = base.__parameters__
            for p in base.__parameters__:
                if p not in tvars:
                    tvars.append(p)
    if gvars is not None:
        missing = [t for t in tvars if t not in gvars]
        if missing:
            s_vars = ', '.join(str(t) for t in missing)
            s_args = ', '.join(str(g) for g in gvars)
            raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
        tvars = list(gvars)
    return tuple(tvars)


class Generic:
    """Base of generic classes: `class Stack(Generic[T])`, then `Stack[int]`."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        cls.__parameters__ = _class_parameters(cls)


_SPECIAL_NAMES = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__qualname__', '__orig_bases__', '__parameters__',
    '__protocol_attrs__', '_is_protocol', '_is_runtime_protocol', '__init_subclass__',
    '__hash__', '__eq__'])


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


def _is_protocol_class(cls):
    return cls.__dict__.get('_is_protocol', False)


class _ProtocolMeta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        if 'Protocol' not in globals():
            is_proto = True
        else:
            is_proto = any(isinstance(b, _ProtocolMeta) and _is_protocol_class(b) for b in bases) \
                and all(b is object or b is Generic or _is_protocol_class(b) for b in bases)
        ns['_is_protocol'] = is_proto
        return super().__new__(mcls, name, bases, ns)

    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return cls in type(instance).__mro__

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                if not any(attr in b.__dict__ for b in other.__mro__):
                    return False
            return True
        return cls in other.__mro__


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: `class SupportsClose(Protocol)`."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)


def runtime_checkable(cls):
    if not (isinstance(cls, _ProtocolMeta) and _is_protocol_class(cls)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


runtime = runtime_checkable


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        field_names = list(types)
        defaults = []
        for name in field_names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow"
                                f" default field{'s' if len(defaults) > 1 else ''}"
                                f" {', '.join(field_names[len(field_names) - len(defaults) - 1:][:len(defaults)])}")
        nm_tpl = collections.namedtuple(typename, field_names, defaults=defaults,
                                        module=ns['__module__'])
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in ('__module__', '__qualname__', '__annotations__', '__orig_bases__'):
                continue
            if key in ('_make', '_fields', '_field_defaults', '_replace', '_asdict', '_source'):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in field_names:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


class _NamedTupleFactory:
    """`NamedTuple('P', [('x', int)])`, or a base class: `class P(NamedTuple)`."""

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        fields = [(n, t) for n, t in fields]
        nm_tpl = collections.namedtuple(typename, [n for n, t in fields])
        nm_tpl.__annotations__ = dict(fields)
        return nm_tpl

    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)

    def __repr__(self):
        return '<function NamedTuple>'


NamedTuple = _NamedTupleFactory()


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        if total:
            required.update(own)
        else:
            optional.update(own)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        tp_dict = super().__new__(cls, name, (dict,), ns)
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


class _TypedDictBase(metaclass=_TypedDictMeta):
    pass


class _TypedDictFactory:
    """`TypedDict('Movie', {'name': str})`, or a base class: `class Movie(TypedDict)`."""

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        elif kwargs:
            raise TypeError("TypedDict takes either a dict or keyword arguments,"
                            " but not both")
        ns = {'__annotations__': dict(fields), '__module__': 'typing'}
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)

    def __repr__(self):
        return '<function TypedDict>'


TypedDict = _TypedDictFactory()


class NewType:
    """`UserId = NewType('UserId', int)`: a distinct name for a type to type checkers; at
    run time calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`"
                )

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def cast(typ, val):
    """Return the value unchanged (a hint for type checkers)."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, _UnionType):
        return _UnionType
    if isinstance(tp, _BuiltinAlias):
        return tp.__origin__
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if isinstance(tp, _GenericAlias) and isinstance(tp.__origin__, _SpecialForm) and tp.__origin__._name in ('ClassVar', 'Final', 'Literal'):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, (_UnionType, _BuiltinAlias)):
        return tp.__args__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if tp._name == 'Callable' and not (len(res) == 2 and res[0] is ...):
            res = (list(res[:-1]), res[-1])
        return res
    return ()


def get_type_hints(obj, globalns=None, localns=None):
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = mod.__dict__ if mod is not None else {}
            else:
                base_globals = globalns
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = eval(value, base_globals, localns)
                hints[name] = value
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            mod = sys.modules.get(getattr(obj, '__module__', None) or '')
            globalns = mod.__dict__ if mod is not None else {}
    hints = {}
    for name, value in ann.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = eval(value, globalns, localns)
        hints[name] = value
    return hints


__all__ = sorted(name for name, value in globals().items()
                 if not name.startswith('_') and name not in ('collections',))
