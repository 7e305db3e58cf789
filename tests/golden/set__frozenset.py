# frozenset is hashable and immutable.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset('aa'))
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
print(f == {1, 2, 3}, f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print({frozenset({1}), frozenset({1})})
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
