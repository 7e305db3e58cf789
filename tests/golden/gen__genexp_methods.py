# Generator expressions are full generator objects: send, throw, close work.
ge = (x * 2 for x in range(5))
print(type(ge).__name__, ge.__name__)
print(ge.send(None))
print(ge.send('ignored by a genexp'))
print(next(ge))
try:
    ge.throw(ValueError('into genexp'))
except ValueError as e:
    print(type(e).__name__, e)
print(list(ge))

ge2 = (x for x in range(3))
print(next(ge2))
ge2.close()
print(list(ge2), ge2.gi_frame)

ge3 = (x for x in 'abc')
ge3.close()
print(next(ge3, 'closed before start'))

def noisy():
    try:
        yield 1
        yield 2
    finally:
        print('noisy finally')

ge4 = (v * 10 for v in noisy())
print(next(ge4))
ge4.close()
print('ge4 closed')
ge5 = (v for v in noisy())
print(next(ge5))
del ge5
print('ge5 deleted')

nested = ((a, b) for a in range(2) for b in (c * 2 for c in range(a + 1)))
print(list(nested))
print(sum(x for x in range(101) if x % 2), max((len(w), w) for w in 'one three five'.split()))
