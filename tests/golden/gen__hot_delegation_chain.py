# A generator resumed many times while delegating with `yield from` behaves exactly as on
# its first resumptions: states, re-entry errors, the running stack, tracebacks, send,
# throw and close all see every level of the chain.
import inspect
import traceback


def leaf(log):
    got = None
    for i in range(6):
        got = yield (i, got)
        log.append(("leaf got", got))
    return "leaf done"


def middle(log):
    r = yield from leaf(log)
    log.append(("middle got", r))
    return r.upper()


def outer(log):
    r = yield from middle(log)
    log.append(("outer got", r))
    return len(r)


log = []
g = outer(log)
print(next(g))
for k in range(1, 6):
    print(g.send(k * 10))
try:
    g.send("last")
except StopIteration as e:
    print("StopIteration", e.value)
for entry in log:
    print(entry)
print(inspect.getgeneratorstate(g))


# Observing the chain from the innermost generator.
holder = {}


def probe():
    for i in range(5):
        top = holder["top"]
        mid = holder["mid"]
        print(i, inspect.getgeneratorstate(top), inspect.getgeneratorstate(mid),
              mid.gi_yieldfrom is not None, top.gi_yieldfrom is mid)
        try:
            next(top)
        except ValueError as e:
            print("  re-entry:", e)
        names = [fs.name for fs in traceback.extract_stack()]
        print("  stack:", names[-4:])
        yield i


def mid_gen():
    yield from probe()


def top_gen():
    yield from holder["mid"]


holder["mid"] = mid_gen()
holder["top"] = top_gen()
print(list(holder["top"]))


# An exception raised deep in a hot chain gets every level in its traceback.
def failing_leaf():
    for i in range(4):
        yield i
    raise KeyError("deep")


def failing_mid():
    try:
        yield from failing_leaf()
    except KeyError as e:
        print("middle saw", repr(e))
        raise


def failing_top():
    yield from failing_mid()


try:
    for v in failing_top():
        print("value", v)
except KeyError:
    tb = traceback.format_exc().splitlines()
    print("\n".join(line for line in tb if line.startswith("  File")).replace(__file__, "FILE"))


# throw and close reach the innermost generator of a hot chain.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught %s" % e
        finally:
            pass


def closer():
    try:
        yield from catcher()
    finally:
        print("closer finally")


c = closer()
for _ in range(5):
    next(c)
print(c.throw(ValueError("boom")))
print(next(c))
c.close()
print(inspect.getgeneratorstate(c))


# A subgenerator that returns without yielding, and delegating to a plain iterator.
def empty():
    return "nothing"
    yield


def mixed():
    for _ in range(4):
        r = yield from empty()
        yield r
        yield from "ab"


print(list(mixed()))
