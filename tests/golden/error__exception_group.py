# an uncaught exception group is printed in CPython's boxes
def inner():
    raise ExceptionGroup("inner", [TypeError(2), KeyError(3)])


def outer():
    try:
        inner()
    except ExceptionGroup as e:
        err = ValueError(1)
        err.add_note('about ValueError')
        raise ExceptionGroup("outer", [err, e, OSError('x')]) from None


outer()
