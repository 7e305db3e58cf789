# A running generator cannot be re-entered: ValueError: generator already executing.
def selfish():
    try:
        yield next(me)
    except ValueError as e:
        print('inside:', type(e).__name__, e)
    try:
        me.send(None)
    except ValueError as e:
        print('inside send:', type(e).__name__, e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print('inside throw:', type(e).__name__, e)
    try:
        me.close()
    except ValueError as e:
        print('inside close:', type(e).__name__, e)
    yield 'survived'

me = selfish()
print(next(me))

def recursive_list():
    yield 1
    yield list(rl)

rl = recursive_list()
print(next(rl))
try:
    next(rl)
except ValueError as e:
    print('outside:', type(e).__name__, e)
print(next(rl, 'finished after error'))

def via_for():
    for x in vf:
        yield x

vf = via_for()
try:
    next(vf)
except ValueError as e:
    print(type(e).__name__, e)
