# More call errors: three missing arguments, keywords, builtins.
def three(a, b, c): pass
def kwonly(*, a, b, c): pass
def defaults(a, b=2): pass

def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print(e)

show(lambda: three())
show(lambda: three(1))
show(lambda: kwonly())
show(lambda: kwonly(a=1))
show(lambda: defaults(1, 2, 3))
show(lambda: defaults())
show(lambda: defaults(b=1))
show(lambda: defaults(1, 2, b=3))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: abs())
values = [5, 'str', None, [1]]
for v in values:
    show(lambda: v())
