# close() on a delegating generator closes the whole chain, innermost first.
def level(name, child=None):
    try:
        if child is None:
            yield name
        else:
            yield from child
    except GeneratorExit:
        print(name, 'GeneratorExit')
        raise
    finally:
        print(name, 'finally')

chain = level('outer', level('middle', level('inner')))
print(next(chain))
print(chain.gi_yieldfrom.__name__)
chain.close()
print('closed', chain.gi_frame, chain.gi_yieldfrom)

def inner_returns():
    try:
        yield 1
    finally:
        print('inner_returns finally')
        return 'swallowed'

def outer2():
    try:
        r = yield from inner_returns()
        print('not reached', r)
        yield 'not reached either'
    finally:
        print('outer2 finally')

o = outer2()
next(o)
o.close()
print('outer2 closed without error')

def list_delegate():
    try:
        yield from [1, 2, 3]
    finally:
        print('list_delegate finally')

l = list_delegate()
next(l)
l.close()

def inner_ignores():
    try:
        yield 'a'
    except GeneratorExit:
        yield 'b'

def outer3():
    yield from inner_ignores()

o3 = outer3()
next(o3)
try:
    o3.close()
except RuntimeError as e:
    print(type(e).__name__, e)
