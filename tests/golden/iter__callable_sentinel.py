import io
import functools

data = io.StringIO("alpha\nbeta\n\ngamma\n")
for line in iter(data.readline, ""):
    print(repr(line))

counter = 0
def tick():
    global counter
    counter += 1
    return counter
print(list(iter(tick, 5)))

blocks = io.BytesIO(b"abcdefghij")
for chunk in iter(functools.partial(blocks.read, 3), b""):
    print(chunk)

it = iter(lambda: 1, 1)
print(type(it).__name__, list(it))

def raiser():
    raise ValueError("boom")
try:
    next(iter(raiser, None))
except ValueError as e:
    print("ValueError", e)

try:
    iter(5, 5)
except TypeError as e:
    print("TypeError:", e)

import random
rng = random.Random(3)
rolls = list(iter(lambda: rng.randint(1, 6), 6))
print(rolls)

class Stop:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(iter(Stop(), None)))
it = iter(Stop(), 2)
print(next(it), next(it, "done"), next(it, "done"))
