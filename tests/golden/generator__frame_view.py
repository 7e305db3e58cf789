# gi_frame/cr_frame: f_lineno follows the paused frame, f_code, f_locals, f_globals, f_back;
# inspect.getgeneratorlocals; a pending task repr says where its coroutine is paused.
import asyncio, inspect
async def f():
    x = 5
    await asyncio.sleep(0)
    return 1
c = f()
print(c.cr_frame.f_lineno, c.cr_frame.f_code is c.cr_code, c.cr_frame.f_back, c.cr_frame.f_code.co_name)
c.send(None)
print(c.cr_frame.f_lineno, c.cr_frame.f_locals, c.cr_frame.f_globals is globals())
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value, c.cr_frame)
def g():
    a = 1
    yield a
    b = 2
    yield b
gen = g()
print(gen.gi_frame.f_lineno)
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_locals)
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_locals, inspect.getgeneratorlocals(gen))
ge = (i for i in range(3))
print(ge.gi_frame.f_lineno, ge.gi_frame.f_code.co_name)
async def main():
    async def slow():
        await asyncio.sleep(1)
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, 'FILE'))
    t.cancel()
asyncio.run(main())
