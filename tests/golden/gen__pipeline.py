# Lazy generator pipelines: each stage pulls from the previous one on demand.
log = []

def source(lines):
    for line in lines:
        log.append('read ' + line)
        yield line

def strip_comments(lines):
    for line in lines:
        if not line.startswith('#'):
            yield line

def parse(lines):
    for line in lines:
        name, _, value = line.partition('=')
        yield name.strip(), int(value)

def take(n, it):
    for i, item in enumerate(it):
        if i == n:
            return
        yield item

text = ['# config', 'a = 1', 'b = 2', '# more', 'c = 3', 'd = 4']
pipeline = take(2, parse(strip_comments(source(text))))
print('nothing read yet:', log)
print(list(pipeline))
print(log)

def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total

def squares():
    n = 0
    while True:
        yield n * n
        n += 1

print(list(take(6, running_total(squares()))))
evens = (x for x in squares() if x % 2 == 0)
print([next(evens) for _ in range(4)])
words = (w.lower() for line in ['The cat', 'the Dog'] for w in line.split())
print(sorted(set(words)))
