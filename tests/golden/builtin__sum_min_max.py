# sum with start, min/max with key, default and several arguments.
print(sum([1, 2, 3]), sum([], 10), sum(range(5), start=100), sum([0.1] * 10))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'))
print(min(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len))
print(max([], default='empty'), min((), default=None))
print(max([(1, 'b'), (1, 'a')]), min('b', 'a', key=str.upper))
print(max([1, 3, 3, 2], key=lambda x: x % 3))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}.values()))
for call in [lambda: min([]), lambda: max(), lambda: sum(['a', 'b'], ''),
             lambda: min(1), lambda: max(1, 'a'), lambda: sum([1, 'a'])]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
