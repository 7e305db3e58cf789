# Functions defined inside functions, and their names.
def outer(x):
    def helper(y):
        return y * 2
    def other():
        return helper(x) + 1
    return other()

print(outer(5))
def make():
    def inner():
        pass
    return inner
f = make()
print(f.__name__, f.__qualname__)
def a():
    def b():
        def c():
            return 'c'
        return c
    return b
print(a()()(), a()().__qualname__)
def counter_pair():
    n = [0]
    def inc():
        n[0] += 1
    def get():
        return n[0]
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
def recursive_inner(n):
    def go(k):
        return 1 if k == 0 else k * go(k - 1)
    return go(n)
print(recursive_inner(6))
