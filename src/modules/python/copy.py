"""pyco's copy: shallow and deep copies (copy, deepcopy with memo, __copy__/__deepcopy__)."""


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, slice,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0), property)


def _is_atomic(x):
    return isinstance(x, _ATOMIC) and (type(x).__module__ == 'builtins' or isinstance(x, type))


def _new_like(x):
    cls = type(x)
    if cls.__module__ == 'builtins' and not hasattr(x, '__dict__'):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    for base in cls.__mro__:
        if base in (tuple, int, float, str, bytes, frozenset):
            return cls.__new__(cls, x)
    return cls.__new__(cls)


def _state(x):
    state = getattr(x, '__dict__', None)
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            if hasattr(x, name):
                slots[name] = getattr(x, name)
    return state, slots


def _user_method(cls, name):
    for klass in cls.__mro__:
        if klass.__module__ == 'builtins':
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _get_state(x):
    getstate = _user_method(type(x), '__getstate__')
    if getstate is not None:
        return getstate(x), None
    state, slots = _state(x)
    return (dict(state) if state else state), slots


def _set_state(y, state, slots):
    setstate = _user_method(type(y), '__setstate__')
    if setstate is not None:
        setstate(y, state if not slots else (state, slots))
        return
    if slots is None and isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    for name, value in (slots or {}).items():
        object.__setattr__(y, name, value)


def copy(x):
    """Shallow copy: a new container holding the same elements."""
    cls = type(x)
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset) or _is_atomic(x):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    y = _new_like(x)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        y.update(x)
    elif isinstance(x, set):
        y.update(x)
    state, slots = _get_state(x)
    _set_state(y, state, slots)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy: containers and instances are copied recursively, sharing kept (memo)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        y = x if all(a is b for a, b in zip(x, items)) else frozenset(items)
    elif cls is bytearray:
        y = bytearray(x)
    elif _is_atomic(x):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _new_like(x)
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(a, memo) for a in x)
            elif isinstance(x, dict):
                for key, value in x.items():
                    y[deepcopy(key, memo)] = deepcopy(value, memo)
            elif isinstance(x, set):
                y.update(deepcopy(a, memo) for a in x)
            state, slots = _get_state(x)
            if state:
                state = deepcopy(state, memo)
            if slots:
                slots = deepcopy(slots, memo)
            _set_state(y, state, slots)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
