# Throwing into a generator that has not started raises at once: the body
# (including its try/finally) never runs and the generator is finished.
def g():
    print('body runs')
    try:
        yield 1
    finally:
        print('finally')

it = g()
try:
    it.throw(ValueError('early'))
except ValueError as e:
    print(type(e).__name__, e)
print(it.gi_frame)
print(next(it, 'exhausted'))
try:
    it.send(None)
except StopIteration:
    print('send(None) -> StopIteration')

it2 = g()
try:
    it2.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit propagated')
print(list(it2))

it3 = g()
try:
    it3.throw(StopIteration)
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

ge = (x for x in range(3))
try:
    ge.throw(KeyError, 'k')
except KeyError as e:
    print(type(e).__name__, e)
print(list(ge))
it4 = g()
it4.close()
try:
    it4.throw(IndexError)
except IndexError:
    print('throw after close raises the thrown exception')
