# The builtin exception hierarchy and catching by base class.
for cls in [ZeroDivisionError, OverflowError, KeyError, IndexError, UnboundLocalError,
            FileNotFoundError, ModuleNotFoundError, RecursionError, NotImplementedError,
            UnicodeDecodeError, StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit,
            TimeoutError, ConnectionRefusedError]:
    print(cls.__name__, '->', ' -> '.join(c.__name__ for c in cls.__mro__[1:]))
def catch(exc, handler_type):
    try:
        raise exc
    except handler_type as e:
        return f'{handler_type.__name__} caught {type(e).__name__}'
    except BaseException as e:
        return f'{handler_type.__name__} missed {type(e).__name__}'
print(catch(KeyError('k'), LookupError))
print(catch(FileNotFoundError(), OSError))
print(catch(KeyboardInterrupt(), Exception))
print(catch(SystemExit(), Exception))
print(IOError is OSError, EnvironmentError is OSError)
