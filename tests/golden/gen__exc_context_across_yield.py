# The exception being handled is saved across a yield inside an except block:
# a bare raise after resuming re-raises it, and the caller's own handled
# exception does not leak into the generator.
import sys

def handler():
    try:
        raise KeyError('original')
    except KeyError:
        yield 'in except'
        print('resumed, current:', repr(sys.exc_info()[1]))
        try:
            raise
        except KeyError as e:
            yield 'bare raise re-raised ' + repr(e)

h = handler()
print(next(h))
try:
    raise ValueError('caller')
except ValueError:
    print(next(h))
print(repr(sys.exc_info()[1]))

def outside_handler():
    yield repr(sys.exc_info()[1])
    try:
        1 / 0
    except ZeroDivisionError as e:
        yield repr(e.__context__)

o = outside_handler()
try:
    raise IndexError('caller state')
except IndexError:
    print(next(o))
    print(next(o))

def context_chain():
    try:
        raise TypeError('first')
    except TypeError:
        yield 'paused'
        raise AttributeError('second')

c = context_chain()
next(c)
try:
    next(c)
except AttributeError as e:
    print(repr(e), 'context:', repr(e.__context__))
