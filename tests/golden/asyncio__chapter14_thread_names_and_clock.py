# pyco-args: --virtual-time
# pyco-expect: python3.7 @asyncio.coroutine and asyncio.wait() of bare coroutines were removed in 3.11; hand-written from 3.7 semantics
# Chapter snippet 14 (examples/) with the thread by name and the loop clock checked after the wait.
import threading
import asyncio

def thread():
    t = threading.currentThread()
    return '%s, %s' % (t.name, repr(t).replace(str(t.ident), 'IDENT'))

@asyncio.coroutine
def hello():
    print('Hello world! (%s)' % thread())
    print('Start..... (%s)' % thread())
    yield from asyncio.sleep(10)
    print('Done..... (%s)' % thread())
    print('Hello again! (%s)' % thread())

loop = asyncio.get_event_loop()
t0 = loop.time()
tasks = [hello(), hello()]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(len(done), len(pending), round(loop.time() - t0))
loop.close()
print(loop.is_closed())
