# what except* leaves unhandled, plus what its handlers raise, leaves as one group
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])


def g():
    try:
        f()
    except* ValueError as e:
        print('caught', repr(e))
        raise KeyError('k')


g()
