# except*: matching parts of a group, wrapping bare exceptions, re-raising the rest
def show(label, f):
    try:
        f()
        print(label, 'no exception')
    except BaseException as e:
        print(label, 'raised', repr(e))


def split_handlers():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print('ValueError part:', repr(e))
    except* TypeError as e:
        print('TypeError part:', repr(e))
    print('after')


def unhandled_rest():
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled ValueError')


def naked_matches():
    try:
        raise ValueError('bare')
    except* ValueError as e:
        print('wrapped:', repr(e), type(e).__name__)
        print(e.exceptions[0] is e.exceptions[0])


def naked_passes():
    try:
        raise KeyError('k')
    except* ValueError:
        print('not here')


def naked_reraise():
    try:
        raise ValueError('x')
    except* ValueError:
        raise


def group_reraise():
    try:
        raise ExceptionGroup('x', [ValueError(1), TypeError(2), ExceptionGroup('y', [KeyError(3)])])
    except* ValueError:
        raise
    except* KeyError as e:
        print('k', repr(e))


def new_exception():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError('new') from None


def tuple_and_order():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, KeyError) as e:
        print('tuple:', repr(e))
    except* Exception as e:
        print('rest:', repr(e))
    except* TypeError:
        print('never')


def with_else_finally():
    try:
        pass
    except* ValueError:
        print('no')
    else:
        print('else runs')
    finally:
        print('finally runs')
    try:
        raise ExceptionGroup('g', [OSError('o')])
    except* OSError as e:
        print('os', repr(e))
    else:
        print('no else')
    finally:
        print('finally again')


def exc_info():
    import sys
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError as e:
        print(sys.exc_info()[1] is e, sys.exception() is e)
    try:
        e
    except NameError as err:
        print('unbound:', err)


def invalid_types():
    for t in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, (ValueError, 'x')):
        try:
            try:
                raise ValueError(0)
            except* t:
                pass
        except TypeError as err:
            print('TypeError', err)


for f in (split_handlers, unhandled_rest, naked_matches, naked_passes, naked_reraise,
          group_reraise, new_exception, tuple_and_order, with_else_finally, exc_info,
          invalid_types):
    show(f.__name__, f)
