class CM:
    async def __aenter__(self):
        print('enter')
        return 42
    async def __aexit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return t is KeyError

class AIt:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with CM() as v:
        print('body', v)
    async with CM():
        raise KeyError('x')
    print('suppressed')
    async for x in AIt(3):
        print('item', x)
    else:
        print('else ran')
    async for x in AIt(5):
        if x == 2:
            break
    else:
        print('not printed')
    try:
        async with CM():
            raise ValueError('boom')
    except ValueError as e:
        print('caught', e)
    return 'done'

c = main()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
