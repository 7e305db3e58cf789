# __name__ and __qualname__ of generators follow the function; repr uses the
# qualified name.
def top():
    yield 1

def outer():
    def inner():
        yield 2
    return inner()

class Box:
    def items(self):
        yield 3
    class Inner:
        def walk(self):
            yield 4
    @staticmethod
    def stat():
        yield 5

for gen in (top(), outer(), Box().items(), Box.Inner().walk(), Box.stat(),
            (x for x in []), (lambda: (yield))()):
    print(gen.__name__, '|', gen.__qualname__, '|', repr(gen))

def make_genexp():
    return (y for y in 'z')

print(make_genexp().__qualname__)
g = top()
g.__name__ = 'renamed'
g.__qualname__ = 'Some.renamed'
print(g.__name__, g.__qualname__, g)
print(top().__name__, top.__name__)
try:
    g.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
print(type(g), type(g).__name__, type(g).__qualname__)
