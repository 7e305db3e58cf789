# Dict creation, access, update and membership.
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'])
d['c'] = 3
d['a'] = 100
print(d)
print('a' in d, 'z' in d, 1 in d, 'z' not in d)
print(dict(), dict(x=1, y=2), dict([('p', 1), ('q', 2)]), dict({'m': 0}, n=1))
print({1: 'int', 1.5: 'float', (1, 2): 'tuple', None: 'none', True: 'bool?'})
e = {}
e[1] = 'one'
e[1.0] = 'one float'
print(e)
nested = {'outer': {'inner': [1, 2]}}
nested['outer']['inner'].append(3)
print(nested)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print({**d, 'd': 4}, {**{'x': 1}, **{'x': 2}})
print(d == {'c': 3, 'b': 2, 'a': 100}, d != {})
print(list(d), [k for k in d])
