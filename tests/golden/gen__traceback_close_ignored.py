# close() on a generator that keeps yielding raises an uncaught RuntimeError.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('refusing to stop')
    yield 2

s = stubborn()
print(next(s))
s.close()
