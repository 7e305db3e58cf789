# A generator function's body does not run until the first next().
log = []

def counter(n):
    log.append('start')
    print('body started with', n)
    i = 0
    while i < n:
        log.append(i)
        print('about to yield', i)
        yield i
        print('resumed after', i)
        i += 1
    print('body finished')

g = counter(3)
print('created; log =', log)
print(type(g).__name__)
print('first:', next(g))
print('log =', log)
print('second:', next(g))
for v in g:
    print('loop got', v)
print('log =', log)
print(list(counter(0)))

def side_effect_args(x):
    yield x

def arg():
    print('argument evaluated')
    return 7

h = side_effect_args(arg())
print('arguments are evaluated at call time, body later')
print(next(h))
