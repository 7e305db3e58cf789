# raise ... from ... sets __cause__; implicit chaining sets __context__.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('cannot convert ' + repr(s)) from e

try:
    convert('abc')
except TypeError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('while handling')
except RuntimeError as e:
    print(e, '| context:', repr(e.__context__), '| cause:', e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('no chain') from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
