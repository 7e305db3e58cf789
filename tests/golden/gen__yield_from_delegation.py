def sub(n):
    total = 0
    for i in range(n):
        x = yield i
        if x is not None:
            total += x
    return total

def delegator():
    results = []
    for n in (2, 3):
        r = yield from sub(n)
        print("sub returned", r)
        results.append(r)
    return results

d = delegator()
print(next(d))
print(d.send(10))
print(d.send(20))
print(d.send(5))
try:
    d.send(7)
except StopIteration as e:
    print("final", e.value)

def inner():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "handled"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", repr(e))
        yield "outer handled"
    yield "outer end"

o = outer()
print(next(o))
print(o.throw(KeyError("x")))
print(next(o))
o = outer()
print(next(o))
print(o.throw(ValueError("v")))
print(list(o))
o = outer()
next(o)
o.close()
print("closed", o.gi_yieldfrom)

def gen_ret():
    yield 1
    return "ret"
def chain_ret():
    x = yield from gen_ret()
    y = yield from [10, 20]
    z = yield from iter(())
    return (x, y, z)
g = chain_ret()
print(list(g))
def show():
    print((yield from chain_ret()))
print(list(show()))
def bad():
    yield from 42
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
