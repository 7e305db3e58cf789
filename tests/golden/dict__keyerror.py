# KeyError messages use the repr of the key.
d = {'a': 1}
for key in ['missing', 42, (1, 2), None, '', 'quote\'s']:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d['nope']
except KeyError as e:
    print('del:', e)
try:
    {}.pop('p')
except KeyError as e:
    print('pop:', e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
