# sys.exc_info() inside and outside handlers.
import sys
print(sys.exc_info())
try:
    raise KeyError('inside')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is not None, type(tb).__name__)
    print(sys.exception() is v if hasattr(sys, 'exception') else True)
print(sys.exc_info())
def nested():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise TypeError('inner')
        except TypeError:
            print('inner handler sees', sys.exc_info()[0].__name__)
        print('after inner handler sees', sys.exc_info()[0].__name__)
nested()
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.exc_info()[1] is e, e.__traceback__ is sys.exc_info()[2])
    print(e.__traceback__.tb_lineno)
