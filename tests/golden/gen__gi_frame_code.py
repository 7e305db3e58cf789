# gi_frame is a frame while the generator can still run and None once it is
# finished or closed; gi_code is the function's code object.
def producer(n):
    for i in range(n):
        yield i

p = producer(2)
print(p.gi_frame is not None)
print(p.gi_code.co_name, p.gi_code is producer.__code__)
next(p)
print(p.gi_frame is not None)
print(list(p))
print(p.gi_frame)
print(p.gi_code.co_name)

q = producer(5)
next(q)
q.close()
print(q.gi_frame)

r = producer(1)
try:
    r.throw(ValueError)
except ValueError:
    pass
print(r.gi_frame)

def failing():
    yield 1
    raise KeyError('x')

f = failing()
next(f)
try:
    next(f)
except KeyError:
    print('KeyError; gi_frame is', f.gi_frame)

ge = (c for c in 'ab')
print(ge.gi_code.co_name, ge.gi_frame is not None)
print(list(ge), ge.gi_frame)
