# A helper module imported by module__import_* tests (not a test itself).
"""Helper module docstring."""
print('helper_mod is being imported, __name__ =', __name__)

GREETING = 'hello from helper_mod'
_private = 'underscore name'
counter = 0


def greet(name):
    return f'{GREETING}, {name}'


def bump():
    global counter
    counter += 1
    return counter


class Thing:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f'Thing({self.v!r})'


def fail():
    return 1 / 0


if __name__ == '__main__':
    print('not printed when imported')
