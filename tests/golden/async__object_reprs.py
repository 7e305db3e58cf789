import asyncio
import re

def clean(x):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(x))

async def coro():
    return 1

async def agen():
    yield 1

co = coro()
print(clean(co), co.__name__, co.__qualname__, co.cr_running, co.cr_await)
print(type(co.cr_frame).__name__, co.cr_code.co_name)
co.close()
print(co.cr_frame)
a = agen()
print(clean(a), a.ag_running, a.ag_await, type(a.ag_frame).__name__, a.__qualname__)
for step in (a.__anext__(), a.asend(None), a.athrow(ValueError), a.aclose()):
    print(type(step).__name__, clean(step))
    step.close()
print(type(asyncio.sleep(0, 'x')).__name__ if False else 'skip')
loop = asyncio.new_event_loop()
print(clean(loop))
t = loop.create_task(coro(), name='first')
print(clean(t))
print(loop.run_until_complete(t), clean(t))
loop.close()
print(clean(asyncio.Lock()), clean(asyncio.Event()))
print(clean(asyncio.Semaphore()), clean(asyncio.Queue()))
e = asyncio.CancelledError('m')
print(repr(e), str(e), [c.__name__ for c in asyncio.CancelledError.__mro__])
print([c.__name__ for c in asyncio.TimeoutError.__mro__], asyncio.InvalidStateError.__module__)
import concurrent.futures as cf
print(cf.CancelledError is asyncio.CancelledError, cf.TimeoutError is TimeoutError)
print([c.__name__ for c in cf.BrokenExecutor.__mro__])
