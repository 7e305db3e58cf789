def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def gen():
        while True:
            yield inc()
    return inc, gen

inc, gen = make_counter(10)
g = gen()
print(inc(), next(g), next(g), inc(5), next(g))

def accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    add.history = history
    return add
acc = accumulator()
for x in (1, 2, 3):
    acc(x)
print(acc.history, acc.__closure__[0].cell_contents if False else len(acc.__closure__), acc.__code__.co_freevars)

def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in multipliers()])

def lazy_multipliers():
    for i in range(4):
        yield lambda x: x * i
print([m(2) for m in lazy_multipliers()])
print([m(2) for m in list(lazy_multipliers())])

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())

def broken():
    def inner():
        print(y)
    inner()
    y = 1
try:
    broken()
except NameError as e:
    print("NameError:", e)
def unbound():
    total += 1
try:
    total = 0
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
fns = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print(fns["a"](), fns["b"]())
