# A suspended generator that loses its last reference is closed immediately:
# its finally / except GeneratorExit runs before the next statement.
def g(name):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(name, 'got GeneratorExit')
        raise
    finally:
        print(name, 'finally')

a = g('a')
next(a)
print('before del')
del a
print('after del')

b = g('b')
next(b)
b = None
print('after b = None')

c = g('c')
next(c)
c = g('c2')
print('after rebinding c')
next(c)
print('c2 started')

def holder():
    h = g('local')
    next(h)
    print('returning from holder')

holder()
print('after holder()')

unstarted = g('unstarted')
del unstarted
print('unstarted generator: nothing printed')

lst = [g('in list')]
next(lst[0])
lst.clear()
print('after clear')
del c
print('end')
