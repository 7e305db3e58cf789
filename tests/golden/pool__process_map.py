# ProcessPoolExecutor.map: results in order, any chunksize, errors raised when reached.
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def add(a, b, c=0):
    return a + b + c


def fragile(x):
    if x == 5:
        raise ValueError('bad item %d' % x)
    return x


if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        for size in (1, 3, 4, 100):
            print(size, list(ex.map(square, range(11), chunksize=size)))
        print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
        print(list(ex.map(square, [])))
        print(list(ex.map(str.upper, ['a', 'b'])))
        print(list(ex.map('-'.join, ['ab', 'cd'])), list(ex.map(dict.fromkeys, ['xy'])))
        for size in (1, 2, 4):
            got = []
            try:
                for value in ex.map(fragile, range(8), chunksize=size):
                    got.append(value)
            except ValueError as e:
                print(size, got, type(e).__name__, e)
        try:
            ex.map(square, [1], chunksize=0)
        except ValueError as e:
            print(type(e).__name__, e)
        print(sum(ex.map(square, range(1000), chunksize=64)))
