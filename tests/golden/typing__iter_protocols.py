import typing
from typing import Iterator, Iterable, Generator, AsyncIterator, AsyncIterable, AsyncGenerator, Awaitable, Coroutine, Callable

def gen():
    yield 1

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

async def agen():
    yield 1

async def coro():
    return 1

g = gen()
print(isinstance(g, Iterator), isinstance(g, Iterable), isinstance(g, Generator))
print(isinstance([1], Iterator), isinstance([1], Iterable), isinstance(Countdown(2), Iterator))
print(isinstance(Countdown(2), Generator), issubclass(Countdown, Iterator), issubclass(list, Iterable))
a = agen()
print(isinstance(a, AsyncIterator), isinstance(a, AsyncIterable), isinstance(a, AsyncGenerator), isinstance(a, Iterator))
c = coro()
print(isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(c, Iterator))
c.close()
print(isinstance(len, Callable), isinstance(3, Callable), isinstance(Countdown, Callable))
