# Return values: implicit None, multiple values as a tuple, early return.
def nothing():
    pass

def bare():
    return

def pair():
    return 1, 2

def early(n):
    if n < 0:
        return 'negative'
    for i in range(n):
        if i * i > n:
            return i
    return 'none found'

print(nothing(), bare(), pair(), type(pair()).__name__)
a, b = pair()
print(a, b)
print(early(-1), early(10), early(0))
def returns_function():
    return len
print(returns_function()('abc'))
print([nothing() for _ in range(2)])
