def read_lines(text):
    for line in text.splitlines():
        print("  read", repr(line))
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line

def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

def to_int(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            print("  skip", k, repr(v))

TEXT = """# config
width = 10
height = 20 # px
name = box

depth=3
"""
pipeline = to_int(parse(strip_comments(read_lines(TEXT))))
print(type(pipeline).__name__, pipeline.__name__, pipeline.__qualname__)
first = next(pipeline)
print("first:", first)
print("rest:", dict(pipeline))
print(list(pipeline))

def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)

print(list(chunked(range(7), 3)))
total = sum(x * x for x in range(10) if x % 3)
print(total)
gen = (c.upper() for c in "hello" if c != "l")
print(gen.__name__, "".join(gen))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print([[row[i] for row in matrix] for i in range(3)])
print(max((len(w), w) for w in "the quick brown fox".split()))
