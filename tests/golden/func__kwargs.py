# **kwargs collects extra keyword arguments into a dict (in call order).
def config(**kwargs):
    for k, v in kwargs.items():
        print(k, '=', v)
    return kwargs

print(config(b=2, a=1, c=3))
print(config())
def mixed(a, *args, key='default', **rest):
    return a, args, key, rest
print(mixed(1))
print(mixed(1, 2, 3, key='k', x=9, y=8))
options = {'key': 'from dict', 'extra': True}
print(mixed(0, **options))
print(mixed(**{'a': 'named a'}))
def passthrough(*args, **kwargs):
    return mixed(*args, **kwargs)
print(passthrough(5, 6, z=7))
print(dict(config(**{'p': 1}, q=2)))
