# PEP 479: a StopIteration escaping a generator body becomes RuntimeError,
# with the original StopIteration as __cause__.
def explicit():
    yield 1
    raise StopIteration('inner value')

it = explicit()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__cause__.value)
    print(e.__suppress_context__)
print(next(it, 'finished'))

def leaky(items):
    it = iter(items)
    while True:
        yield next(it)

try:
    print(list(leaky([1, 2])))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def safe(items):
    it = iter(items)
    while True:
        try:
            yield next(it)
        except StopIteration:
            return

print(list(safe([1, 2])))

def subclass():
    class MyStop(StopIteration):
        pass
    yield 'x'
    raise MyStop

try:
    list(subclass())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def caught_inside():
    try:
        raise StopIteration('handled')
    except StopIteration as e:
        yield 'caught ' + str(e)

print(list(caught_inside()))
try:
    list(x for x in leaky([7]))
except RuntimeError as e:
    print('genexp over leaky:', e)
try:
    next(x for x in [next(iter([]), 'd')] if next(iter([])))
except RuntimeError as e:
    print('genexp body:', e)
