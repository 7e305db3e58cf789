# yield inside try / except / else / finally, with exceptions crossing yields.
def g():
    try:
        print('try start')
        yield 'in try'
        raise ValueError('boom')
    except ValueError as e:
        print('caught', e)
        yield 'in except'
        print('except resumes, e is still', repr(e))
    else:
        yield 'never'
    finally:
        print('finally start')
        yield 'in finally'
        print('finally end')
    try:
        yield 'try with else'
    except KeyError:
        yield 'no'
    else:
        yield 'in else'
    try:
        try:
            yield 'inner'
            1 / 0
        finally:
            yield 'inner finally'
    except ZeroDivisionError as e:
        yield 'outer caught ' + str(e)

print(list(g()))

def swallow():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise KeyError(i)
        except KeyError as e:
            yield 'handled %r' % e
        finally:
            yield 'finally %d' % i

print(list(swallow()))
