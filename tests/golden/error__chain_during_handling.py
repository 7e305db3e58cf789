# An exception raised inside an except block: both tracebacks are printed.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise ValueError(f'no setting named {key!r}')

lookup({'a': 1}, 'b')
