def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')
x = g()
print(next(x))
x = None
print('after')
def h():
    try:
        yield 1
    except GeneratorExit:
        print('exit')
        raise
for v in h():
    print(v)
    break
print('end')
print('done')
