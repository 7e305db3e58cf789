# close() on a created, suspended and finished generator: returns None, runs
# pending finally blocks only if the body started, and leaves the generator finished.
def g(name):
    print(name, 'started')
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(name, 'got GeneratorExit')
        raise
    finally:
        print(name, 'finally')

created = g('created')
print(created.close())
print(created.gi_frame, list(created))

suspended = g('suspended')
next(suspended)
print(suspended.gi_frame is not None)
print(suspended.close())
print(suspended.gi_frame)
print(suspended.close())
print(next(suspended, 'no more'))

finished = g('finished')
print(list(finished))
print(finished.close())

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print('returning from GeneratorExit handler')
        return 'ignored value'

r = returns_on_exit()
next(r)
print(r.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('from close')

o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
print(o.gi_frame)
