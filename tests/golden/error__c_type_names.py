# CPython's messages name the types it writes in C by module and name.
import collections, datetime, functools, io, itertools, operator, queue, re, threading

objs = [collections.deque(), collections.defaultdict(), collections.OrderedDict(),
        collections.Counter(), itertools.count(), itertools.islice([], 1), itertools.repeat(1),
        functools.partial(min), operator.itemgetter(1), io.StringIO(), re.compile('a'),
        re.match('a', 'a'), datetime.date(2020, 1, 1), datetime.timedelta(1),
        queue.SimpleQueue(), threading.Lock(), iter([]), enumerate([])]
for o in objs:
    try:
        o.nope
    except AttributeError as e:
        print(e)
for c in [collections.deque, datetime.datetime, re.Pattern]:
    try:
        c.nope
    except AttributeError as e:
        print(e)
try:
    len(itertools.count())
except TypeError as e:
    print(e)
try:
    datetime.date(2020, 1, 1) + 1
except TypeError as e:
    print(e)
print(type(collections.deque()).__name__, datetime.date.__name__)
d = collections.deque([1, 2])
d.push(3)
