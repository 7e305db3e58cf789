# An uncaught PEP 479 RuntimeError shows the chained StopIteration traceback.
def numbers():
    yield 1
    items = iter([])
    value = next(items)
    yield value

for n in numbers():
    print('got', n)
