# A coroutine that returns its result through StopIteration.value, collected
# by a delegating generator with yield from.

def averager():
    total = 0.0
    count = 0
    while True:
        term = yield
        if term is None:
            break
        total += term
        count += 1
    return (count, total / count if count else None)

a = averager()
next(a)
for t in (10, 20, 60):
    a.send(t)
try:
    a.send(None)
except StopIteration as exc:
    result = exc.value
print('result', result)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

def main(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        group.send(None)
    return results

print(main({'a': [1, 2, 3], 'b': [10], 'c': []}))

def empty_result():
    a = averager()
    next(a)
    try:
        a.send(None)
    except StopIteration as e:
        return e.value

print(empty_result())
