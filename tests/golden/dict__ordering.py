# Dicts keep insertion order; updating a key keeps its position.
d = {}
for k in ['zebra', 'apple', 'mango', 'banana']:
    d[k] = len(k)
print(list(d))
d['apple'] = 0
print(list(d.items()))
del d['zebra']
d['zebra'] = 99
print(d)
print({3: 'c', 1: 'a', 2: 'b'})
m = {'b': 1, 'a': 2}
m.update({'c': 3, 'b': 4})
print(m)
print(dict(sorted(m.items())))
print(dict(sorted(m.items(), key=lambda kv: kv[1])))
print({k: v for k, v in reversed(list(m.items()))})
print(m.popitem(), m)
