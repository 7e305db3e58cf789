"""signal: the Linux signal numbers (`signal.SIGKILL`, ...), for `os.kill`.

pyco installs no Python-level signal handlers, so this module has the numbers only."""

__all__ = ['Signals', 'NSIG']

NSIG = 65

_NAMES = [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5),
    ('SIGABRT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10),
    ('SIGSEGV', 11), ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15),
    ('SIGSTKFLT', 16), ('SIGCHLD', 17), ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20),
    ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25),
    ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPWR', 30),
    ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64),
]

_BY_VALUE = {}


class Signals(int):
    """A signal number with its name (an IntEnum in CPython: str() is the number)."""

    def __new__(cls, value, _name=None):
        if _name is None:
            try:
                return _BY_VALUE[value]
            except (KeyError, TypeError):
                raise ValueError('%r is not a valid Signals' % (value,)) from None
        self = int.__new__(cls, value)
        self._name_ = _name
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return '<Signals.%s: %d>' % (self._name_, int(self))

    def __str__(self):
        return str(int(self))

    def __format__(self, spec):
        return format(int(self), spec)


for _name, _value in _NAMES:
    _sig = Signals(_value, _name)
    _BY_VALUE[_value] = _sig
    setattr(Signals, _name, _sig)
    globals()[_name] = _sig
    __all__.append(_name)
SIGIOT = SIGABRT
SIGPOLL = SIGIO
SIGCLD = SIGCHLD
del _name, _value, _sig
