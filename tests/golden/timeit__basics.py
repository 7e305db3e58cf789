import timeit
import time

calls = []
def work():
    calls.append(1)

t = timeit.timeit(work, number=50)
print(type(t).__name__, t >= 0, len(calls))
calls.clear()
r = timeit.repeat(work, repeat=3, number=10)
print(len(r), all(isinstance(x, float) for x in r), len(calls))
print(timeit.default_timer is time.perf_counter)
timer = timeit.Timer("total = sum(range(10))")
print(timer.timeit(number=5) >= 0, len(timer.repeat(repeat=2, number=3)))
counter = {"n": 0}
t2 = timeit.Timer("counter['n'] += 1", setup="counter['n'] = 100", globals={"counter": counter})
t2.timeit(number=7)
print(counter["n"])
t3 = timeit.timeit("x.append(1)", setup="x = []", number=4)
print(t3 >= 0)
ticks = iter(range(0, 1000, 10))
fake = timeit.Timer("pass", timer=lambda: next(ticks))
print(fake.timeit(number=3), fake.repeat(repeat=2, number=1))
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
try:
    timeit.Timer(stmt=5)
except ValueError as e:
    print("ValueError:", e)
n, took = timeit.Timer("pass", timer=iter(range(0, 10**6, 1)).__next__).autorange()
print(n, took)
