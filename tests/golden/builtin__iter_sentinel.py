# iter(callable, sentinel) calls until the sentinel is returned.
values = [3, 7, 1, 0, 9]
pos = 0
def read():
    global pos
    v = values[pos]
    pos += 1
    return v

print(list(iter(read, 0)))
print(pos)
lines = iter(['first', 'second', '', 'never'])
for line in iter(lambda: next(lines), ''):
    print('line:', line)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
