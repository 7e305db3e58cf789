# Every dict method.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 'default'))
print(d.keys(), d.values(), d.items())
print(d.pop('b'), d.pop('zz', 'missing'), d)
print(d.popitem(), d)
print(d.setdefault('a', 99), d.setdefault('n', []), d)
d['n'].append(1)
d.update({'x': 10}, y=20)
d.update([('z', 30)])
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
d.clear()
print(d, len(d))
for call in [lambda: {}.pop('k'), lambda: {}.popitem(), lambda: {}.update(1),
             lambda: {}.update([1]), lambda: {}.update([(1, 2, 3)])]:
    try:
        call()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict.fromkeys(range(3), 'v'))
