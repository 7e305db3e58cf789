"""pyco's itertools module, written in Python."""


class count:
    def __init__(self, *args, **kwargs):
        start, step = _clinic('count', args, kwargs, ['start', 'step'], 0)
        if start is None:
            start = 0
        if step is None:
            step = 1
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(' + repr(self._n) + ')'
        return 'count(' + repr(self._n) + ', ' + repr(self._step) + ')'


class repeat:
    def __init__(self, *args, **kwargs):
        object, times = _clinic('repeat', args, kwargs, ['object', 'times'], 1)
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'" + type(times).__name__ + "' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(' + repr(self._obj) + ')'
        return 'repeat(' + repr(self._obj) + ', ' + repr(self._times) + ')'


def _positional(name, args, kwargs, n):
    """Arguments of a C iterator type taking exactly `n` positional ones."""
    if kwargs:
        raise TypeError(name + '() takes no keyword arguments')
    if len(args) != n:
        raise TypeError('%s expected %d argument%s, got %d'
                        % (name, n, '' if n == 1 else 's', len(args)))
    return args


def _clinic(name, args, kwargs, names, required):
    """Positional-or-keyword arguments checked as CPython's argument clinic does: a tuple of
    the values of `names` (None when omitted); the first `required` ones are needed."""
    if len(args) > len(names):
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (name, len(names), '' if len(names) == 1 else 's', len(args)))
    values = list(args) + [None] * (len(names) - len(args))
    given = [True] * len(args) + [False] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names or names.index(key) < len(args):
            raise TypeError('%r is an invalid keyword argument for %s()' % (key, name))
        values[names.index(key)] = value
        given[names.index(key)] = True
    for i in range(required):
        if not given[i]:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, names[i], i + 1))
    return values


def _as_index(value):
    if not isinstance(value, int):
        raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")
    return value


class _Iter:
    # Base of the iterator types (classes, as in CPython): the items come from the
    # generator `self._items` made by `__init__`.
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._items)


class cycle(_Iter):
    def __init__(self, *args, **kwargs):
        (iterable,) = _positional('cycle', args, kwargs, 1)
        self._items = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._sources = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                try:
                    src = next(self._sources)
                except StopIteration:
                    self._sources = iter(())
                    raise
                self._active = iter(src)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class islice:
    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError('islice expected at most 4 arguments, got ' + str(len(args) + 1))
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) == 2:
            start, stop, step = args[0], args[1], None
        else:
            start, stop, step = args
        stop_err = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        idx_err = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if stop is not None:
            if not isinstance(stop, int) or stop < 0:
                raise ValueError(stop_err)
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0:
            raise ValueError(idx_err)
        if step is None:
            step = 1
        elif not isinstance(step, int) or step <= 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        nxt = self._next
        stop = self._stop
        if stop is not None and nxt >= stop:
            # Consume up to stop, as CPython does.
            while self._i < stop:
                try:
                    next(it)
                except StopIteration:
                    break
                self._i += 1
            self._it = None
            raise StopIteration
        while self._i < nxt:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._i += 1
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._i += 1
        self._next = nxt + self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class takewhile(_Iter):
    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('takewhile', args, kwargs, 2)
        self._items = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class dropwhile(_Iter):
    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('dropwhile', args, kwargs, 2)
        self._items = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class accumulate(_Iter):
    def __init__(self, *args, **kwargs):
        initial = kwargs.pop('initial', None)
        iterable, func = _clinic('accumulate', args, kwargs, ['iterable', 'func'], 1)
        self._items = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total


class compress(_Iter):
    def __init__(self, *args, **kwargs):
        data, selectors = _clinic('compress', args, kwargs, ['data', 'selectors'], 2)
        self._items = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class filterfalse(_Iter):
    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('filterfalse', args, kwargs, 2)
        self._items = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        if predicate is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not predicate(x):
                    yield x


class starmap(_Iter):
    def __init__(self, *args, **kwargs):
        function, iterable = _positional('starmap', args, kwargs, 2)
        self._items = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            if not isinstance(args, tuple):
                args = tuple(args)
            yield function(*args)


class pairwise(_Iter):
    def __init__(self, *args, **kwargs):
        (iterable,) = _positional('pairwise', args, kwargs, 1)
        self._items = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield (a, b)
            a = b


class zip_longest(_Iter):
    def __init__(self, *args, **kwargs):
        fillvalue = kwargs.pop('fillvalue', None)
        if kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        self._items = self._run([iter(it) for it in args], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i in range(len(iterators)):
                it = iterators[i]
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class groupby:
    def __init__(self, *args, **kwargs):
        iterable, key = _clinic('groupby', args, kwargs, ['iterable', 'key'], 1)
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _marker = object()
        self._marker = _marker
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        marker = self._marker
        while self._currkey is marker or self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            kf = self._keyfunc
            self._currkey = self._currvalue if kf is None else kf(self._currvalue)
            if self._tgtkey is marker:
                break
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))

    def _group_items(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            kf = self._keyfunc
            self._currkey = self._currvalue if kf is None else kf(self._currvalue)


class _grouper(_Iter):
    def __init__(self, parent, tgtkey, id):
        self._items = parent._group_items(tgtkey, id)


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.items = []
        self.start = 0


class _tee:
    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        i = self._pos - d.start
        if i >= len(d.items):
            item = next(d.it)
            d.items.append(item)
        else:
            item = d.items[i]
        self._pos += 1
        return item

    def __copy__(self):
        return _tee(self._data, self._pos)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'" + type(n).__name__ + "' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    data = _TeeData(iter(iterable))
    return tuple(_tee(data, 0) for _ in range(n))


class product(_Iter):
    def __init__(self, *args, **kwargs):
        times = kwargs.pop('repeat', 1)
        for key in kwargs:
            raise TypeError('%r is an invalid keyword argument for product()' % (key,))
        times = _as_index(times)
        if times < 0:
            raise ValueError('repeat argument cannot be negative')
        self._items = self._run([tuple(pool) for pool in args] * times)

    @staticmethod
    def _run(pools):
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)


class permutations(_Iter):
    def __init__(self, *args, **kwargs):
        iterable, r = _clinic('permutations', args, kwargs, ['iterable', 'r'], 1)
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._items = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple([pool[i] for i in indices[:r]])
        while n:
            done = True
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple([pool[i] for i in indices[:r]])
                    done = False
                    break
            if done:
                return


def _pool_and_r(name, args, kwargs):
    """The arguments of `combinations` and `combinations_with_replacement`."""
    iterable, r = _clinic(name, args, kwargs, ['iterable', 'r'], 2)
    pool = tuple(iterable)
    if _as_index(r) < 0:
        raise ValueError('r must be non-negative')
    return pool, r


class combinations(_Iter):
    def __init__(self, *args, **kwargs):
        self._items = self._run(*_pool_and_r('combinations', args, kwargs))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple([pool[i] for i in indices])
        while True:
            found = False
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    found = True
                    break
            if not found:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple([pool[i] for i in indices])


class combinations_with_replacement(_Iter):
    def __init__(self, *args, **kwargs):
        self._items = self._run(*_pool_and_r('combinations_with_replacement', args, kwargs))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple([pool[i] for i in indices])
        while True:
            found = False
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    found = True
                    break
            if not found:
                return
            v = indices[i] + 1
            indices[i:] = [v] * (r - i)
            yield tuple([pool[i] for i in indices])
