# Closures capture variables (cells), not values.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])
def outer():
    x = 'first'
    def show():
        return x
    x = 'second'
    return show
print(outer()())
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(add5.__closure__ is not None, len(add5.__closure__))
print(add5.__closure__[0].cell_contents)
