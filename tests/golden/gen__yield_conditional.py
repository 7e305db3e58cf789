# yield in conditional expressions and boolean operators: only the chosen
# branch yields.
def cond(c):
    x = (yield 1) if c else (yield 2)
    print('x =', x)
    return x

for c in (True, False):
    g = cond(c)
    print('first yield', next(g))
    try:
        g.send('v%s' % c)
    except StopIteration as e:
        print('value', e.value)

def boolops(a):
    r = a and (yield 'and-branch')
    print('and ->', r)
    r = a or (yield 'or-branch')
    print('or ->', r)
    r = not (yield 'not')
    print('not ->', r)
    r = (yield 'cmp') == 3
    print('cmp ->', r)

for a in (0, 5):
    print(list(boolops(a)))

g = boolops(1)
print(next(g), g.send(None), g.send(3))
try:
    g.send(3)
except StopIteration:
    print('stopped')

def inwhile():
    n = 0
    while (yield n) != 'q':
        n += 1

w = inwhile()
print(next(w), w.send('a'), w.send('b'))
print(next(w, 'default'), next(w, 'exhausted?'))
