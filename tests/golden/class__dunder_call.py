# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale

add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10), callable(add3))
print(list(map(Adder(10), [1, 2, 3])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class CallDecorator:
    def __init__(self, func):
        self.func = func
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.func(*args)
@CallDecorator
def square(x):
    return x * x
print(square(4), square(5), square.count, type(square).__name__)
