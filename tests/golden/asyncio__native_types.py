# Future and Task as native types: subclassing, isinstance, reprs, callbacks, errors.
import asyncio


class MyFuture(asyncio.Future):
    def __init__(self, tag, *, loop=None):
        super().__init__(loop=loop)
        self.tag = tag

    def set_result(self, value):
        print('MyFuture.set_result', self.tag, value)
        super().set_result(value * 2)


class MyTask(asyncio.Task):
    pass


def on_done(fut):
    print('done callback:', type(fut).__name__, fut.result())


async def child(x):
    await asyncio.sleep(0)
    return x + 1


async def fails():
    await asyncio.sleep(0)
    raise ValueError('bad')


async def main():
    loop = asyncio.get_running_loop()
    f = MyFuture('a')
    print(isinstance(f, asyncio.Future), asyncio.isfuture(f), f.tag, f.get_loop() is loop)
    f.add_done_callback(on_done)
    print(repr(f).split(' at ')[0])
    other = loop.create_future()
    for _ in range(3):
        other.add_done_callback(f.cancel)
    print(other)
    other.remove_done_callback(f.cancel)
    print(other)
    loop.call_soon(f.set_result, 21)
    print(await f)
    t = MyTask(child(1))
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future), type(t).__name__)
    print(await t)
    # The repr names this file by its absolute path: keep only the base name.
    print(str(t).replace(__file__.rsplit('/', 1)[0] + '/', ''))
    plain = loop.create_future()
    print(plain)
    print(plain.remove_done_callback(on_done))
    plain.add_done_callback(on_done)
    plain.add_done_callback(on_done)
    print(plain.remove_done_callback(on_done))
    plain.set_exception(KeyError)
    print(repr(plain.exception()))
    for bad in (StopIteration, StopIteration(3)):
        try:
            loop.create_future().set_exception(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        plain.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    fresh = loop.create_future()
    for meth in (fresh.result, fresh.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    c = loop.create_future()
    print(c.cancel('stop it'), c.cancel(), c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print('CancelledError:', e.args)
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t2.cancelling(), t2.cancel('go away'), t2.cancelling(), t2.uncancel(), t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError as e:
        print('task cancelled:', e.args, t2.cancelled())
    t3 = asyncio.create_task(fails())
    try:
        await t3
    except ValueError as e:
        print('task failed:', e, repr(t3.exception()))
    print(str(t3).replace(__file__.rsplit('/', 1)[0] + '/', ''))
    try:
        t3.set_result(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    h = loop.call_later(100, print, 'never')
    print(h.cancelled(), type(h).__name__, isinstance(h, asyncio.Handle))
    h.cancel()
    print(h.cancelled(), repr(h).split(" when=")[0])
    h2 = loop.call_soon(print, 'soon')
    print(h2)
    await asyncio.sleep(0)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError:', e)
    print(asyncio.current_task() is asyncio.current_task(), asyncio.current_task().get_name())


asyncio.run(main())
print(asyncio.Future, asyncio.Task)
