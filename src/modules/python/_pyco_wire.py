"""_pyco_wire: pyco's private serializer for values sent between processes.

`dumps(obj) -> bytes` and `loads(data) -> obj`. Like pickle, it sends functions and
classes by reference (module and qualified name, looked up again on the receiving side,
so they must be reachable at module level) and instances of classes as their class plus
their state (`__dict__`, slots, or `__getstate__()`); shared and recursive references
are kept. Supported: None, bools, ints, floats, str, bytes, lists,
tuples, dicts, sets, frozensets, ranges, slices, exceptions, module-level functions,
classes and bound methods, and instances of module-level classes (also subclasses of
the built-in containers). Anything else raises the error pickle raises for it. The byte
format is pyco's own (not pickle's).
"""

import sys

__all__ = ['dumps', 'loads', 'PickleError', 'PicklingError', 'UnpicklingError']


class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'


def _f():
    pass


class _C:
    def _m(self):
        pass


_FUNCTION = type(_f)
_METHOD = type(_C()._m)
_BUILTIN = type(len)
_BUILTIN_METHOD = type([].append)
del _f, _C

# CPython's full names for the built-in types whose instances cannot be sent.
_C_TYPE_NAMES = {
    'TextIOWrapper': '_io.TextIOWrapper',
    'BufferedReader': '_io.BufferedReader',
    'BufferedWriter': '_io.BufferedWriter',
    'FileIO': '_io.FileIO',
    'BytesIO': '_io.BytesIO',
    'StringIO': '_io.StringIO',
}

# The modules of pyco's native types (their instances have no state to send).
_NATIVE_MODULES = ('builtins', '_io')

# Built-in types a class may derive from, with how their value is rebuilt.
_VALUE_BASES = (list, dict, set, tuple, frozenset, str, bytes, int, float)


def _type_name(t):
    if t.__module__ == 'builtins':
        return _C_TYPE_NAMES.get(t.__name__, t.__name__)
    return t.__module__ + '.' + t.__qualname__


def _cannot(obj):
    return TypeError("cannot pickle '%s' object" % _type_name(type(obj)))


def _lookup(module, qualname):
    """The object at `qualname` in `module`, or raise AttributeError."""
    obj = module
    for part in qualname.split('.'):
        obj = getattr(obj, part)
    return obj


def _which_module(obj, qualname):
    """The name of a loaded module where `qualname` leads to `obj` itself, or None."""
    for name, module in list(sys.modules.items()):
        if module is None:
            continue
        try:
            if _lookup(module, qualname) is obj:
                return name
        except Exception:
            pass
    return None


def _global_ref(obj):
    """(module name, qualified name) by which the receiver finds `obj` again."""
    qualname = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
    if not isinstance(qualname, str):
        raise _cannot(obj)
    module_name = getattr(obj, '__module__', None)
    if '<locals>' in qualname.split('.'):
        raise AttributeError("Can't pickle local object %r" % qualname)
    if module_name is None:
        module_name = _which_module(obj, qualname) or '__main__'
    module = sys.modules.get(module_name)
    if module is None:
        try:
            __import__(module_name)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
    try:
        found = _lookup(module, qualname)
    except AttributeError:
        found = None
        other = _which_module(obj, qualname)
        if other is None:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, qualname, module_name)) from None
        return other, qualname
    if found is not obj:
        other = _which_module(obj, qualname)
        if other is None:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, qualname))
        return other, qualname
    return module_name, qualname


def _builtin_owner(func):
    """The built-in type whose method (`str.upper`) `func` is, or None."""
    import builtins
    name = getattr(func, '__name__', None)
    for t in vars(builtins).values():
        if isinstance(t, type) and t.__dict__.get(name) is func:
            return t
    return None


def _custom_getstate(cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is None or getstate is getattr(object, '__getstate__', None):
        return None
    return getstate


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _object_state(obj):
    """What `__getstate__` (or the default: `__dict__`, plus the slots) gives."""
    getstate = _custom_getstate(type(obj))
    if getstate is not None:
        return getstate(obj)
    d = getattr(obj, '__dict__', None)
    slots = {}
    for name in _slot_names(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (d or None, slots)
    if d is None and not _slot_names(type(obj)):
        return None
    return d or None


def _set_state(obj, state):
    setstate = getattr(obj, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    if state is None:
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        obj.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(obj, name, value)


class _Encoder:
    def __init__(self):
        self.out = []
        self.memo = {}
        self.keep = []
        self.active = set()

    def _text(self, tag, s):
        data = s.encode('utf-8')
        self.out.append(tag + len(data).to_bytes(4, 'big') + data)

    def _count(self, tag, n):
        self.out.append(tag + n.to_bytes(4, 'big'))

    def _remember(self, obj):
        """Give `obj` the next back-reference number; True if it already had one."""
        key = id(obj)
        if key in self.memo:
            self._count(b'R', self.memo[key])
            return True
        self.memo[key] = len(self.memo)
        self.keep.append(obj)
        return False

    def _enter(self, obj):
        key = id(obj)
        if key in self.active:
            raise ValueError("can't pickle a recursive %s" % type(obj).__name__)
        self.active.add(key)

    def _global(self, obj):
        module, qualname = _global_ref(obj)
        self.out.append(b'G')
        self._text(b's', module)
        self._text(b's', qualname)

    def encode(self, obj):
        t = type(obj)
        if obj is None:
            self.out.append(b'N')
        elif obj is True:
            self.out.append(b'T')
        elif obj is False:
            self.out.append(b'F')
        elif t is int:
            if -0x80000000 <= obj < 0x80000000:
                self.out.append(b'k' + (obj + 0x80000000).to_bytes(4, 'big'))
            else:
                self._text(b'i', format(obj, 'x'))
        elif t is float:
            self._text(b'f', repr(obj))
        elif t is str:
            self._text(b's', obj)
        elif t is bytes:
            self.out.append(b'b' + len(obj).to_bytes(4, 'big') + obj)
        elif t is list:
            if not self._remember(obj):
                self._count(b'l', len(obj))
                for item in obj:
                    self.encode(item)
        elif t is dict:
            if not self._remember(obj):
                self._count(b'd', len(obj))
                for key, value in obj.items():
                    self.encode(key)
                    self.encode(value)
        elif t is set:
            if not self._remember(obj):
                self._count(b'e', len(obj))
                for item in obj:
                    self.encode(item)
        elif t is tuple or t is frozenset:
            # No cycle can run through these alone: the mutable containers on any cycle
            # are remembered, so encoding ends.
            self._count(b'u' if t is tuple else b'z', len(obj))
            for item in obj:
                self.encode(item)
        elif t is range:
            self.out.append(b'r')
            self.encode((obj.start, obj.stop, obj.step))
        elif t is slice:
            self.out.append(b'c')
            self.encode((obj.start, obj.stop, obj.step))
        elif isinstance(obj, type) or t is _FUNCTION:
            self._global(obj)
        elif t is _BUILTIN or t is _BUILTIN_METHOD:
            self._builtin(obj)
        elif t is _METHOD:
            self.out.append(b'a')
            self.encode(obj.__self__)
            self.encode(obj.__func__.__name__)
        elif isinstance(obj, BaseException):
            self._exception(obj)
        elif t.__module__ in _NATIVE_MODULES:
            raise _cannot(obj)
        else:
            self._instance(obj)

    def _builtin(self, obj):
        """A built-in function by name; a built-in method as getattr(owner, name)."""
        owner = getattr(obj, '__self__', None)
        if owner is not None and not isinstance(owner, type(sys)):
            self.out.append(b'a')
            self.encode(owner)
            self.encode(obj.__name__)
            return
        try:
            module, qualname = _global_ref(obj)
        except PicklingError:
            owner = _builtin_owner(obj)
            if owner is None:
                raise
            self.out.append(b'a')
            self._global(owner)
            self.encode(obj.__name__)
            return
        self.out.append(b'G')
        self._text(b's', module)
        self._text(b's', qualname)

    def _exception(self, obj):
        self._enter(obj)
        self.out.append(b'x')
        self._global(type(obj))
        self.encode(tuple(obj.args))
        self.encode(getattr(obj, '__dict__', None) or None)
        self.active.discard(id(obj))

    def _instance(self, obj):
        cls = type(obj)
        base = None
        for klass in cls.__mro__:
            if klass in _VALUE_BASES:
                base = klass
                break
        if base is None:
            if self._remember(obj):
                return
            self.out.append(b'o')
            self._global(cls)
            self.encode(_object_state(obj))
            return
        self._enter(obj)
        self.out.append(b'v')
        self._global(cls)
        self._global(base)
        if base is dict:
            value = dict(obj.items())
        else:
            value = base(obj)
        self.encode(value)
        self.encode(_object_state(obj))
        self.active.discard(id(obj))


class _Decoder:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.memo = []

    def _uint(self):
        start = self.pos
        self.pos = start + 4
        if self.pos > len(self.data):
            raise UnpicklingError('pickle data was truncated')
        return int.from_bytes(self.data[start:self.pos], 'big')

    def _chunk(self):
        n = self._uint()
        start = self.pos
        self.pos = start + n
        if self.pos > len(self.data):
            raise UnpicklingError('pickle data was truncated')
        return self.data[start:self.pos]

    def _global(self):
        if self.data[self.pos:self.pos + 1] != b'G':
            raise UnpicklingError('invalid load key')
        self.pos += 1
        module_name = self.decode()
        qualname = self.decode()
        if module_name not in sys.modules:
            __import__(module_name)
        module = sys.modules[module_name]
        try:
            return _lookup(module, qualname)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (qualname, module)) from None

    def decode(self):
        if self.pos >= len(self.data):
            raise UnpicklingError('pickle data was truncated')
        tag = self.data[self.pos:self.pos + 1]
        self.pos += 1
        if tag == b'N':
            return None
        if tag == b'T':
            return True
        if tag == b'F':
            return False
        if tag == b'k':
            return self._uint() - 0x80000000
        if tag == b'i':
            return int(self._chunk().decode('ascii'), 16)
        if tag == b'f':
            return float(self._chunk().decode('ascii'))
        if tag == b's':
            return self._chunk().decode('utf-8')
        if tag == b'b':
            return self._chunk()
        if tag == b'R':
            return self.memo[self._uint()]
        if tag == b'l':
            n = self._uint()
            out = []
            self.memo.append(out)
            for _ in range(n):
                out.append(self.decode())
            return out
        if tag == b'd':
            n = self._uint()
            out = {}
            self.memo.append(out)
            for _ in range(n):
                key = self.decode()
                out[key] = self.decode()
            return out
        if tag == b'e':
            n = self._uint()
            out = set()
            self.memo.append(out)
            for _ in range(n):
                out.add(self.decode())
            return out
        if tag == b'u' or tag == b'z':
            n = self._uint()
            items = [self.decode() for _ in range(n)]
            return tuple(items) if tag == b'u' else frozenset(items)
        if tag == b'r':
            return range(*self.decode())
        if tag == b'c':
            return slice(*self.decode())
        if tag == b'G':
            self.pos -= 1
            return self._global()
        if tag == b'a':
            owner = self.decode()
            return getattr(owner, self.decode())
        if tag == b'x':
            cls = self._global()
            exc = cls(*self.decode())
            state = self.decode()
            if state:
                exc.__dict__.update(state)
            return exc
        if tag == b'o':
            cls = self._global()
            obj = cls.__new__(cls)
            self.memo.append(obj)
            _set_state(obj, self.decode())
            return obj
        if tag == b'v':
            return self._value_instance()
        raise UnpicklingError('invalid load key, %r.' % tag.decode('latin-1'))

    def _value_instance(self):
        cls = self._global()
        base = self._global()
        value = self.decode()
        if base is list or base is set or base is dict:
            obj = base.__new__(cls)
            if base is dict:
                dict.update(obj, value)
            elif base is list:
                list.extend(obj, value)
            else:
                set.update(obj, value)
        else:
            obj = base.__new__(cls, value)
        _set_state(obj, self.decode())
        return obj


def dumps(obj):
    """Serialize `obj` to bytes (raises PicklingError, TypeError, AttributeError as
    pickle does for what cannot be sent)."""
    enc = _Encoder()
    enc.encode(obj)
    return b''.join(enc.out)


def loads(data):
    """Rebuild the object `dumps` serialized."""
    if not isinstance(data, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    dec = _Decoder(data)
    try:
        obj = dec.decode()
    except (ValueError, IndexError) as e:
        raise UnpicklingError('invalid pickle data: %s' % e) from None
    if dec.pos != len(data):
        raise UnpicklingError('invalid pickle data: trailing bytes')
    return obj
