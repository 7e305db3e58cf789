"""pyco's gc: the interface of CPython's cycle collector.

pyco frees every object by reference counting the moment it becomes unreachable and has
no cycle collector, so `collect()` finds nothing more to free and returns 0.
"""

__all__ = ["collect", "enable", "disable", "isenabled", "garbage", "callbacks"]

garbage = []
callbacks = []
_enabled = [True]


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    return 0


def enable():
    _enabled[0] = True


def disable():
    _enabled[0] = False


def isenabled():
    return _enabled[0]
