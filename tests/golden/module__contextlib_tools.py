from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print("swallowed", e)
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)
with tag("b"):
    1 / 0
print("after b")
try:
    with tag("c"):
        raise KeyError("c")
except KeyError as e:
    print("propagated", repr(e))

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("close", self.name)
with closing(Resource("r1")) as r:
    print("using", r.name)

with ExitStack() as stack:
    for n in ("x", "y", "z"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran", 42)
    print("body")

def cleanup(exc_type, exc, tb):
    print("exit handler", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(cleanup)
    raise RuntimeError("hidden")
print("after stack")

with ExitStack() as stack:
    stack.callback(print, "deferred")
    later = stack.pop_all()
print("stack exited")
later.close()

with nullcontext(5) as v:
    print("nullcontext", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@tag("deco")
def decorated():
    print("in decorated")
decorated()
