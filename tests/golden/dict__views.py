# Dict views are live and support set operations.
d = {'a': 1, 'b': 2}
keys, values, items = d.keys(), d.values(), d.items()
d['c'] = 3
print(keys, values, items)
print(len(keys), 'a' in keys, 2 in values, ('b', 2) in items)
print(sorted(keys & {'a', 'z'}), sorted(keys | {'z'}), sorted(keys - {'a'}))
print(list(reversed(keys)), list(reversed(d.values())))
print(keys == {'a', 'b', 'c'}, type(keys).__name__, type(items).__name__)
del d['a']
print(list(keys), list(items))
for k, v in d.items():
    print(k, v)
print(list(zip(d.keys(), d.values())))
