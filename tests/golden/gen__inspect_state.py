# inspect.getgeneratorstate through a generator's whole life.
import inspect

def g():
    print('inside:', inspect.getgeneratorstate(it))
    try:
        yield 1
        yield 2
    finally:
        print('finally:', inspect.getgeneratorstate(it))

it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
print(list(it))
print(inspect.getgeneratorstate(it))

it = g()
next(it)
it.close()
print('after close:', inspect.getgeneratorstate(it))

it = g()
it.close()
print('closed before start:', inspect.getgeneratorstate(it))

def failing():
    yield
    raise ValueError

f = failing()
next(f)
try:
    next(f)
except ValueError:
    print('after error:', inspect.getgeneratorstate(f))
ge = (x for x in 'ab')
print(inspect.getgeneratorstate(ge), next(ge), inspect.getgeneratorstate(ge))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
