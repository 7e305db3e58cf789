# contextlib: ExitStack and AsyncExitStack (LIFO exits, callbacks, suppression, pop_all,
# errors), ContextDecorator, AsyncContextDecorator, aclosing, chdir, nullcontext.
import asyncio
import contextlib
import os
import tempfile


class Res(contextlib.ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


@Res("decorated")
def work(x):
    print("working", x)
    return x * 2


print(work(21))

with contextlib.ExitStack() as stack:
    for n in "abc":
        stack.enter_context(Res(n))
    stack.callback(print, "callback ran")
    stack.push(lambda *exc: print("push saw", exc[0]) )
print("--")
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError("suppressed")
print("suppressed ok")
with contextlib.ExitStack() as stack:
    stack.enter_context(Res("moved"))
    later = stack.pop_all()
print("after pop_all")
later.close()
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)


class ARes(contextlib.AsyncContextDecorator):
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name

    async def __aexit__(self, *exc):
        print("aexit", self.name)


@ARes("adeco")
async def awork():
    print("in awork")
    return "done"


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")


async def main():
    print(await awork())
    async with contextlib.AsyncExitStack() as stack:
        print(await stack.enter_async_context(ARes("x")))
        stack.enter_context(Res("sync"))

        async def acb(msg):
            print("async callback", msg)
        stack.push_async_callback(acb, "hi")
        stack.callback(print, "sync callback")
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            print("got", v)
            break
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(Res("not async"))
    except TypeError as e:
        print(e)
    async with contextlib.nullcontext(5) as v:
        print("null", v)


asyncio.run(main())
start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print(os.getcwd() == os.path.realpath(d))
    print(os.getcwd() == start)
