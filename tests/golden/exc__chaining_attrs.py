# __context__, __cause__ and __suppress_context__.
def chain_implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')

def chain_explicit():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('explicit') from e

def chain_none():
    try:
        [][0]
    except IndexError:
        raise ValueError('suppressed') from None

for f in (chain_implicit, chain_explicit, chain_none):
    try:
        f()
    except ValueError as e:
        print(f.__name__, '|', repr(e.__context__), '|', repr(e.__cause__), '|', e.__suppress_context__)
e = RuntimeError('fresh')
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
cause = KeyError('c')
e.__cause__ = cause
print(e.__cause__ is cause, e.__suppress_context__)
try:
    raise TypeError('t') from KeyError('k')
except TypeError as t:
    print(repr(t.__cause__), t.__context__)
try:
    raise ValueError('v') from 5
except TypeError as t:
    print(type(t).__name__, t)
