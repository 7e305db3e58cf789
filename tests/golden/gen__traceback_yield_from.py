# An exception raised deep in a yield from chain: every delegating frame is in
# the traceback.
def leaf(n):
    yield n
    yield 10 // (n - 3)

def middle(n):
    yield 'middle start'
    result = yield from leaf(n)
    yield result

def top():
    yield from middle(1)
    yield from middle(3)

for item in top():
    print(item)
