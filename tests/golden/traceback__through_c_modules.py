# Frames of modules CPython writes in C (functools, itertools, heapq, collections,
# operator, bisect) never show in tracebacks; only the program's own frames do.
import functools, itertools, heapq, collections, operator, traceback


def show(fn):
    try:
        fn()
    except Exception as e:
        print(''.join(traceback.format_exception(e)), end='')
        print([f.name for f in traceback.extract_tb(e.__traceback__)])


show(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
show(lambda: heapq.heappop([]))
show(lambda: list(itertools.starmap(lambda a: 1 / a, [(0,)])))
show(lambda: collections.deque([1]).index(5))
show(lambda: sorted([3, 1], key=operator.itemgetter(2)))


@functools.lru_cache(maxsize=None)
def cached(n):
    return {}[n]


def total(xs):
    return functools.reduce(lambda acc, x: acc + cached(x), xs, 0)


print(total([]))
total([1, 2])
