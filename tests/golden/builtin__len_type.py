# len() and type().
print(len('abc'), len([1, 2]), len((1,)), len({}), len({1, 2, 3}), len(range(7)), len(b'xy'))
for v in [1, 1.5, 'a', b'a', None, True, [], (), {}, set(), frozenset(), range(1), len, print,
          type, object(), slice(1), ...]:
    print(type(v))
print(type(type), type(int), type(lambda: 0).__name__)
print(type(1) is int, type(True) is bool, type(True) == int)
for v in [1, None, 2.5]:
    try:
        len(v)
    except TypeError as e:
        print(type(e).__name__, e)
