# Dropping the last reference to a delegating generator closes the whole chain,
# innermost first, before the next statement runs.
def leaf():
    try:
        yield 'leaf value'
    finally:
        print('leaf finally')

def middle():
    try:
        yield from leaf()
    finally:
        print('middle finally')

def top():
    try:
        yield from middle()
    except GeneratorExit:
        print('top got GeneratorExit')
        raise

t = top()
print(next(t))
del t
print('after del')

for v in top():
    print('loop', v)
    break
print('after break')

sub = leaf()
def holder():
    yield from sub

h = holder()
next(h)
del h
print('closing holder closed sub too:', sub.gi_frame is None)
del sub
print('end')
