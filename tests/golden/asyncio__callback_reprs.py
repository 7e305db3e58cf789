import asyncio
import functools

class Greeter:
    def greet(self, fut):
        pass

    @staticmethod
    def static_cb(fut):
        pass

def plain(a, b=None):
    pass

async def main():
    loop = asyncio.get_running_loop()
    g = Greeter()
    f = loop.create_future()
    f.add_done_callback(g.greet)
    print(f)
    f2 = loop.create_future()
    f2.add_done_callback(functools.partial(plain, 'x' * 50, b=[1] * 20))
    print(f2)
    f3 = loop.create_future()
    f3.add_done_callback(Greeter.static_cb)
    f3.add_done_callback(print)
    print(f3)
    f3.add_done_callback(plain)
    f3.add_done_callback(lambda fut: None)
    print(f3)
    h = loop.call_soon(plain, 'a' * 40, list(range(30)))
    print(h, h.__repr__() == repr(h))
    h.cancel()
    print(h)
    timer = loop.call_later(10, functools.partial(g.greet, 1), 2)
    print(repr(timer).split(' when=')[0], repr(timer).split(' ', 2)[2])
    timer.cancel()
    timer = loop.call_later(10, plain, {'k': 'v'})
    print(repr(timer).split(' ', 2)[2])
    timer.cancel()
    print(repr(timer).split(' when=')[0])
    for value in ['y' * 100, {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}, 10 ** 50,
                  (1, [2, [3, [4, [5, [6, [7]]]]]]), {8, 1, 2, 3, 4, 5, 6, 7}, ('solo',),
                  frozenset(), b'bytes' * 10, 3.5]:
        fut = loop.create_future()
        fut.set_result(value)
        print(fut)

asyncio.run(main())
