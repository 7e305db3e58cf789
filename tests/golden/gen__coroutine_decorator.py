from functools import wraps

def coroutine(func):
    """Prime a generator-based coroutine."""
    @wraps(func)
    def primer(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return primer

@coroutine
def averager():
    """Running average."""
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

print(averager.__name__, averager.__doc__, averager.__wrapped__.__name__)
avg = averager()
for v in (10, 30, 5):
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as exc:
    print("result", exc.value)

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    except GeneratorExit:
        print(prefix, "done")

@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

p1, p2 = printer("A:"), printer("B:")
b = broadcast([grep("py", p1), grep("co", p2)])
for line in ["pyco", "python", "coconut", "rust"]:
    b.send(line)
p1.close()
p2.close()
b.close()
from inspect import getgeneratorstate
print(getgeneratorstate(b), getgeneratorstate(avg))
try:
    averager(1)
except TypeError as e:
    print("TypeError:", e)
