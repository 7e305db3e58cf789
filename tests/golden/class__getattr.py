# __getattr__ (fallback), __getattribute__, __setattr__ and __delattr__.
class Dynamic:
    def __init__(self):
        self.real = 'real attribute'
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')

d = Dynamic()
print(d.real, d.get_value(), getattr(d, 'get_x')())
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(d, 'missing'), hasattr(d, 'get_y'))
class Recorder:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.a += 1
del r.a
print(vars(r))
class Logged:
    x = 5
    def __getattribute__(self, name):
        print('lookup', name)
        return object.__getattribute__(self, name)
print(Logged().x)
