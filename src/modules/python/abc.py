"""pyco's abc: abstract base classes (ABCMeta, ABC, abstractmethod, register)."""


def abstractmethod(funcobj):
    """Mark a method abstract: a class that keeps it abstract cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            for klass in cls.__mro__:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    break
            else:
                value = None
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


# Per ABC: its registered virtual subclasses, and the classes already found to be (or
# not to be) its subclasses; registering anything invalidates every negative answer.
_registry = {}
_positive = {}
_negative = {}
_version = [0]


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass: `isinstance`/`issubclass` then accept it."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _registry.setdefault(cls, []).append(subclass)
        _version[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass is not type(instance) and cls.__subclasscheck__(subclass):
            return True
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        positive = _positive.get(cls)
        if positive is not None and subclass in positive:
            return True
        negative = _negative.get(cls)
        if negative is not None and negative[0] == _version[0] and subclass in negative[1]:
            return False
        ok = cls._abc_subclasscheck(subclass)
        if ok:
            _positive.setdefault(cls, set()).add(subclass)
        else:
            if negative is None or negative[0] != _version[0]:
                negative = _negative[cls] = (_version[0], set())
            negative[1].add(subclass)
        return ok

    def _abc_subclasscheck(cls, subclass):
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for rcls in _registry.get(cls, ()):
            if issubclass(subclass, rcls):
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Helper base class: `class Shape(ABC)` makes Shape's metaclass ABCMeta."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    return _version[0]


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` after methods were added to or removed from it."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls
