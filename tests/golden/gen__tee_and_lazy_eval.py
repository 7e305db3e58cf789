from itertools import tee, islice, count, chain

def noisy(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i

a, b = tee(noisy(3))
print("first a:", next(a))
print("all b:", list(b))
print("rest a:", list(a))
t1, t2, t3 = tee("xyz", 3)
print(list(t1), list(zip(t2, t3)))
c = tee([1, 2])[0]
print(type(c).__name__, list(c.__copy__()), list(c))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError:", e)

evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)), next(evens))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 3, 7)), list(islice([], 3)))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    islice("abc", 1, 2, 0)
except ValueError as e:
    print("ValueError:", e)

it = iter(range(10))
first_three = list(islice(it, 3))
print(first_three, next(it), list(it)[:2])

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(fib(), 10)))
print(next(x for x in fib() if x > 100))
squares = map(lambda x: x * x, noisy(3))
print("map created")
print(next(squares))
print(list(chain(squares, ["end"])))
gen = (print("side effect", i) or i for i in range(2))
print("genexp created")
print(sum(gen))
print(list(zip(count(1), "abc")))
def take_while_sum(limit):
    total = 0
    for x in fib():
        if total + x > limit:
            return total
        total += x
print(take_while_sum(50))
