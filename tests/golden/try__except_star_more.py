# except*: re-raising with raise e, loops, BaseExceptionGroup parts, errors while matching
def deep():
    raise ExceptionGroup('d', [ValueError(1), TypeError(2)])

def mid():
    try:
        deep()
    except* ValueError as e:
        raise e

def top():
    try:
        mid()
    except ExceptionGroup as g:
        print(repr(g))
        for x in g.exceptions:
            print(' ', repr(x), repr(x.__context__))

top()
for i in range(3):
    try:
        if i == 1:
            raise ExceptionGroup('loop', [KeyError(i)])
        raise OSError(i)
    except* KeyError as e:
        print('key', i, repr(e))
    except* OSError as e:
        print('os', i, repr(e), repr(e.exceptions[0].__traceback__ is not None))

try:
    try:
        raise BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError(3)])
    except* KeyboardInterrupt as e:
        print('ki', repr(e))
except ExceptionGroup as g:
    print('left', repr(g))

def bad_type():
    raise NameError('in type')
try:
    try:
        raise ExceptionGroup('x', [ValueError(1)])
    except* bad_type():
        pass
except NameError as e:
    print('type expr error', e, repr(e.__context__))

try:
    try:
        raise ExceptionGroup('x', [ValueError(1), ValueError(2)])
    except* ValueError as e:
        raise e.exceptions[0]
except ExceptionGroup as g:
    print('leaf', repr(g))
except ValueError as v:
    print('plain', repr(v))

try:
    raise ExceptionGroup('x', [ValueError(1)])
except* ValueError:
    try:
        raise TypeError('inner')
    except TypeError as t:
        print('nested plain ok', repr(t.__context__))

def f():
    try:
        raise ExceptionGroup('fin', [ValueError(1)])
    except* ValueError:
        print('handler')
    finally:
        print('finally')
    return 'ret'
print(f())
try:
    try:
        raise ValueError('n')
    except* ValueError:
        1/0
except ZeroDivisionError as z:
    print('naked new', repr(z), repr(z.__context__))
