# Exceptions are values: create, store, compare attributes, raise later.
errors = [ValueError('v'), KeyError('k'), IndexError(1, 2), Exception()]
for err in errors:
    print(type(err).__name__, err.args, str(err), repr(err))
e = RuntimeError('later')
try:
    raise e
except RuntimeError as caught:
    print(caught is e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))
print(BaseException.__subclasses__ is not None)
try:
    raise ValueError
except ValueError as e:
    print('class raised:', repr(e), e.args)
