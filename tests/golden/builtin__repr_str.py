# repr() and str() of builtin values.
values = [42, -1.5, 1e100, 'text', "it's", b'bytes', None, True, [1, 'a'], (1,), (),
          {'k': [1]}, {1, 2}, set(), frozenset({3}), range(3), slice(1, 2), ...,
          NotImplemented, int, ValueError('x'), KeyError('k')]
for v in values:
    print(repr(v), '|', str(v))
print(repr(print), repr(len))
print(str(1) + repr('1'))
