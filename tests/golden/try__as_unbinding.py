# The `as` name is deleted at the end of the handler.
e = 'before'
try:
    raise ValueError('boom')
except ValueError as e:
    print('in handler:', e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
saved = None
try:
    raise KeyError('kept')
except KeyError as exc:
    saved = exc
print('saved survives:', repr(saved))
def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        pass
    return z
try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, err)
