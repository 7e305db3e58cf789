# *args collects extra positional arguments into a tuple.
def total(*args):
    print(type(args).__name__, args)
    return sum(args)

print(total())
print(total(1, 2, 3))
def greet(greeting, *names):
    for n in names:
        print(greeting, n)
greet('hi', 'ann', 'bob')
greet('hello')
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(*'abc'))
print(first_and_rest(*range(1), *[9, 8]))
def show(*args, sep='-'):
    return sep.join(str(a) for a in args)
print(show(1, 2, 3), show(1, 2, sep='+'))
