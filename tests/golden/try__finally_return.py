# return inside try/except/finally.
def f1():
    try:
        return 'try'
    finally:
        print('finally after return in try')

def f2():
    try:
        return 'try'
    finally:
        return 'finally wins'

def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallows the exception'

def f4():
    try:
        raise KeyError('k')
    except KeyError:
        return 'from except'
    finally:
        print('finally after return in except')

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2

def f6():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('finally', i)

for f in (f1, f2, f3, f4, f5, f6):
    print(f.__name__, f())
