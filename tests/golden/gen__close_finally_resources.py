class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False

def reader(name, lines):
    with Resource(name):
        for line in lines:
            yield line

def numbered(gen):
    try:
        for i, item in enumerate(gen, 1):
            yield f"{i}: {item}"
    finally:
        print("numbered finally")
        gen.close()

g = numbered(reader("file.txt", ["alpha", "beta", "gamma"]))
print(next(g))
print(next(g))
g.close()
print("closed")

def counter():
    n = 0
    try:
        while True:
            n += 1
            yield n
    except GeneratorExit:
        print("exit after", n)
    finally:
        print("counter finally")

c = counter()
for v in c:
    if v == 3:
        break
c.close()
c.close()

def failing_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")
f = failing_cleanup()
next(f)
try:
    f.close()
except ValueError as e:
    print("ValueError:", e)

def throw_into_with():
    with Resource("db"):
        try:
            yield "ready"
        except KeyError as e:
            print("handled", e)
            yield "recovered"

t = throw_into_with()
print(next(t))
print(t.throw(KeyError("missing")))
try:
    t.throw(IndexError("bad index"))
except IndexError as e:
    print("propagated", e)
print(list(t))

def stopper():
    yield 1
    raise StopIteration("inside")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
