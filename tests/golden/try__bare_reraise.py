# Bare raise re-raises the exception being handled.
def inner():
    try:
        raise ValueError('original')
    except ValueError:
        print('inner handler, re-raising')
        raise

try:
    inner()
except ValueError as e:
    print('outer got', repr(e))
def rethrow_later():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    rethrow_later()
except ZeroDivisionError as e:
    print('re-raised saved exception:', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError:
            pass
        raise
except KeyError as e:
    print('bare raise after a nested handler re-raises', repr(e))
