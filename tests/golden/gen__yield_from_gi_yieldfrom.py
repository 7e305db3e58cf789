# gi_yieldfrom is the iterator a generator is currently delegating to, else None.
def inner():
    yield 'i1'
    yield 'i2'

def outer(it):
    yield 'before'
    yield from it
    yield 'after'

sub = inner()
o = outer(sub)
print(o.gi_yieldfrom)
print(next(o), o.gi_yieldfrom)
print(next(o), o.gi_yieldfrom is sub)
print(next(o), o.gi_yieldfrom is sub, sub.gi_yieldfrom)
print(next(o), o.gi_yieldfrom)
print(next(o, 'end'), o.gi_yieldfrom)

li = iter([1, 2])
o2 = outer(li)
next(o2)
next(o2)
print(o2.gi_yieldfrom is li, type(o2.gi_yieldfrom).__name__)

o3 = outer(('x', 'y'))
next(o3)
next(o3)
print(type(o3.gi_yieldfrom).__name__)
o3.close()
print(o3.gi_yieldfrom)

def chain():
    yield from outer(inner())

c = chain()
next(c)
print(c.gi_yieldfrom.__name__, c.gi_yieldfrom.gi_yieldfrom)
next(c)
print(c.gi_yieldfrom.gi_yieldfrom.__name__)
print((x for x in 'a').gi_yieldfrom)
