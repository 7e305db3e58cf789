# throw(Type), throw(Type, value), throw(instance): the exception is raised at
# the paused yield; if handled, throw() returns the next yielded value.
seen = []

def catcher():
    while True:
        try:
            yield 'waiting'
        except Exception as e:
            seen.append(e)
            print('caught', type(e).__name__, e.args)
            yield 'handled ' + type(e).__name__

c = catcher()
print(next(c))
print(c.throw(ValueError))
print(next(c))
print(c.throw(KeyError, 'missing'))
print(next(c))
print(c.throw(IndexError, ('a', 1)))
print(next(c))
print(c.throw(TypeError('instance', 2)))
print(next(c))
err = RuntimeError('same object')
print(c.throw(err))
print('identity kept:', seen[-1] is err)
print(next(c))

class MyError(Exception):
    def __init__(self, *args):
        print('MyError.__init__', args)
        super().__init__(*args)

print(c.throw(MyError, 7))

def simple():
    yield 1
    yield 2

s = simple()
next(s)
try:
    s.throw(ZeroDivisionError('unhandled'))
except ZeroDivisionError as e:
    print('propagated', e)
print(next(s, 'finished after unhandled throw'))

for bad in (42, 'str', object):
    try:
        simple().throw(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    simple().throw(ValueError('x'), 'y')
except TypeError as e:
    print(type(e).__name__, e)
