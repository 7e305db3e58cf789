# coroutine.__await__() returns a coroutine_wrapper iterator that drives the coroutine:
# a class can delegate its own __await__ to it, and it answers send/throw/close/next.
import asyncio
import types


async def compute(x):
    await asyncio.sleep(0)
    return x * 2


class Deferred:
    def __init__(self, x):
        self._coro = compute(x)

    def __await__(self):
        return self._coro.__await__()


async def main():
    print(await Deferred(21))
    results = await asyncio.gather(Deferred(1), Deferred(2))
    print(results)


asyncio.run(main())


@types.coroutine
def pause():
    got = yield "paused"
    return got


async def two_steps():
    first = await pause()
    second = await pause()
    return (first or 0) + (second or 0)


c = two_steps()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send(10))
try:
    w.send(5)
except StopIteration as e:
    print("returned", e.value)

c = two_steps()
w = c.__await__()
next(w)
try:
    w.throw(ValueError("boom"))
except ValueError as e:
    print("thrown back:", e)
print(c.cr_frame)

c = two_steps()
w = c.__await__()
next(w)
w.close()
print(c.cr_frame, list(iter(two_steps().__await__())))


class Bad:  # __await__ must return an iterator that is not a coroutine
    def __await__(self):
        return iter([])

    def __repr__(self):
        return "Bad()"


async def use_bad():
    coro = None
    try:
        print("Bad() gives", await Bad())
    except TypeError as e:
        print(e)


asyncio.run(use_bad())


class Worse:
    def __await__(self):
        return self.coro

    coro = None


async def use_worse():
    w = Worse()
    w.coro = compute(3)
    try:
        await w
    except TypeError as e:
        print(e)
    print(await w.coro)


asyncio.run(use_worse())
