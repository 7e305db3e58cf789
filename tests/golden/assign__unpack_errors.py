# CPython's messages for failed unpacking.
def attempt(label, thunk):
    try:
        thunk()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

def two(seq):
    a, b = seq

def star(seq):
    a, b, *c = seq

attempt('too many', lambda: two([1, 2, 3]))
attempt('too few', lambda: two([1]))
attempt('empty', lambda: two([]))
attempt('string', lambda: two('abc'))
attempt('not iterable', lambda: two(5))
attempt('none', lambda: two(None))
attempt('star short', lambda: star([1]))
attempt('star ok', lambda: star([1, 2]))
