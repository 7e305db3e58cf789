# traceback: format_exc/print_exc, format_exception with chaining, format_exception_only.
import traceback, sys
def f(n):
    if n == 0:
        raise ValueError('deep')
    f(n - 1)
try:
    f(2)
except ValueError:
    s = traceback.format_exc()
    print(s, end='')
    traceback.print_exc(file=sys.stdout)
print(repr(traceback.format_exc()))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError('k')
except KeyError as e:
    lines = traceback.format_exception(e)
    print(''.join(lines), end='')
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
class MyErr(Exception):
    pass
try:
    raise MyErr()
except MyErr as e:
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format_exception_only()), end='')
