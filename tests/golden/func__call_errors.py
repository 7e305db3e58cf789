# CPython's TypeError messages for calls with bad arguments.
def f(x): pass
def g(a, b): pass
def h(a, b=1, *, c): pass
def k(a, /, b): pass
def none(): pass
def two_kw(*, x, y): pass

calls = [
    ('f()', lambda: f()),
    ('g()', lambda: g()),
    ('g(1)', lambda: g(1)),
    ('g(1, 2, 3)', lambda: g(1, 2, 3)),
    ('none(1)', lambda: none(1)),
    ('f(1, 2)', lambda: f(1, 2)),
    ('h(1, 2, 3, c=4)', lambda: h(1, 2, 3, c=4)),
    ('f(z=1)', lambda: f(z=1)),
    ('f(1, z=1)', lambda: f(1, z=1)),
    ('g(1, a=2)', lambda: g(1, a=2)),
    ('h(1)', lambda: h(1)),
    ('two_kw()', lambda: two_kw()),
    ('k(a=1, b=2)', lambda: k(a=1, b=2)),
    ('k(1)', lambda: k(1)),
    ('none(x=1)', lambda: none(x=1)),
]
for text, call in calls:
    try:
        call()
        print(text, 'ok')
    except TypeError as e:
        print(text, '->', e)
