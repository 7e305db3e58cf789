# ProcessPoolExecutor: what cannot be sent to a worker fails with pickle's error.
import sys
from concurrent.futures import ProcessPoolExecutor


def identity(x):
    return x


def make_local():
    def local(x):
        return x
    return local


def gen():
    yield 1


def give_generator():
    return gen()


def try_it(ex, fn, *args):
    try:
        print('ok', ex.submit(fn, *args).result())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        try_it(ex, lambda: 1)
        try_it(ex, identity, lambda: 1)
        try_it(ex, make_local())
        try_it(ex, identity, make_local())
        try_it(ex, identity, gen())
        try_it(ex, identity, sys.stdout)
        with open(__file__) as fh:
            try_it(ex, identity, fh)
        try_it(ex, give_generator)
        try_it(ex, identity, [1, {'k': (2, gen())}])
        try:
            list(ex.map(lambda x: x, [1, 2]))
        except Exception as e:
            print(type(e).__name__, e)
        try_it(ex, identity, identity)
        try_it(ex, identity, len)
        print(ex.submit(identity, 'still usable').result())
