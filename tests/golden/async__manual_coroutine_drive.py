import types

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for i in range(self.ticks):
            got = yield f"sleeping {i + 1}/{self.ticks}"
            if got:
                print("  woke with", got)
        return self.ticks * 10

@types.coroutine
def legacy(x):
    value = yield ("legacy", x)
    return value

async def job(name):
    print(name, "starts")
    a = await Sleep(2)
    b = await legacy(name)
    print(name, "got", a, b)
    return f"{name}:{a + (b or 0)}"

coro = job("j1")
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
print(coro.send("ping"))
print(coro.send(None))
try:
    coro.send(5)
except StopIteration as e:
    print("result", e.value)
print(coro.cr_frame, coro.cr_running)
c2 = job("j2")
c2.send(None)
try:
    c2.throw(KeyError("cancelled"))
except KeyError as e:
    print("KeyError", e)
c3 = job("j3")
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
j4 = job("j4")
try:
    next(j4)
except TypeError as e:
    print("TypeError:", e)
j4.close()
async def bad_await():
    await 5
b = bad_await()
try:
    b.send(None)
except TypeError as e:
    print("TypeError:", e)
w = job("j5").__await__()
print(type(w).__name__, next(w))
w.close()
