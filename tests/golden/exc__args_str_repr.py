# args, str() and repr() of builtin exceptions.
cases = [Exception(), Exception('one'), Exception('a', 2), ValueError('bad value'),
         KeyError('a'), KeyError(), KeyError('a', 'b'), IndexError(3), TypeError(None),
         OSError(2, 'No such file'), StopIteration(42), ZeroDivisionError('division by zero'),
         AttributeError('x'), NameError('name'), RuntimeError(''), AssertionError([1])]
for e in cases:
    print(f'{type(e).__name__:18} args={e.args!r:28} str={str(e)!r:24} repr={e!r}')
print(StopIteration(42).value, OSError(2, 'No such file').errno, OSError(2, 'x').strerror)
e = ValueError('x')
e.args = ('changed', 1)
print(e, e.args)
print(BaseException('base'), repr(SystemExit(3)), SystemExit(3).code)
