# Nested try statements and exceptions raised in handlers.
def level(n):
    try:
        if n == 0:
            raise ValueError('bottom')
        level(n - 1)
    finally:
        print('unwinding level', n)

try:
    level(3)
except ValueError as e:
    print('caught', e)
try:
    try:
        raise TypeError('first')
    except TypeError:
        raise ValueError('second')
except ValueError as e:
    print(e, 'context:', e.__context__)
try:
    try:
        raise OSError('io')
    except ValueError:
        print('not matched')
    finally:
        print('inner finally')
except OSError as e:
    print('outer caught', e)
result = []
for i in range(3):
    try:
        try:
            if i % 2:
                raise KeyError(i)
            result.append(i)
        finally:
            result.append('f%d' % i)
    except KeyError:
        result.append('k%d' % i)
print(result)
