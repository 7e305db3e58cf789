# Truth values of builtin objects.
values = [0, 1, -1, 0.0, 0.5, '', 'a', ' ', [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), b'', b'\x00']
for v in values:
    print(repr(v), bool(v), 'truthy' if v else 'falsy')
print(not 0, not 'x', not not [])
