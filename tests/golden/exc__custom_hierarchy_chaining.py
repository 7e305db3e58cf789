class AppError(Exception):
    """Base error."""
    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" if self.code else base

class ConfigError(AppError):
    pass

class MissingKey(ConfigError, KeyError):
    pass

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(f"no {key}", code=404) from e

try:
    load({}, "port")
except ConfigError as e:
    print(type(e).__name__, str(e), repr(e), e.args, e.code)
    print("cause:", repr(e.__cause__), e.__suppress_context__)
    print(isinstance(e, KeyError), MissingKey.__mro__)

def convert(s):
    try:
        return int(s)
    except ValueError:
        raise AppError("conversion failed") from None
try:
    convert("x")
except AppError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
try:
    implicit()
except KeyError as e:
    print("context:", repr(e.__context__))

e = AppError("boom", 1)
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print("TypeError:", err)
print(AppError.__doc__, MissingKey.__doc__)
print(repr(AppError()) if False else "skip")
try:
    AppError()
except TypeError as err:
    print("TypeError:", err)

def outer():
    try:
        load({"a": 1}, "b")
    except MissingKey as exc:
        raise RuntimeError("startup failed") from exc
outer()
