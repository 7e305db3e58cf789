# __exit__ returning true suppresses the exception; contextlib helpers.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return 'value from enter'
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print('suppressed', exc_type.__name__, exc)
            return True
        return False

with Suppress(ZeroDivisionError) as v:
    print(v)
    1 / 0
    print('not reached')
print('after suppressed block')
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed:', e)
import contextlib
with contextlib.suppress(KeyError):
    {}['x']
print('contextlib.suppress worked')
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('b') as t:
    print('body', t)
