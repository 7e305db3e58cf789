# with statements call __enter__ and __exit__ (also on errors).
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return False

with Resource('a') as r:
    print('inside with', r.name)
with Resource('outer') as o, Resource('inner') as i:
    print('two managers', o.name, i.name)
try:
    with Resource('failing'):
        raise ValueError('oops')
except ValueError as e:
    print('propagated', e)
def early():
    with Resource('in function'):
        return 'returned'
print(early())
for n in range(2):
    with Resource(f'loop{n}'):
        if n == 0:
            continue
        break
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
