"""pyco's statistics: averages and spread of int and float data, computed exactly as CPython's.

Sums are exact (integer ratios), so results round as CPython's do. Decimal and Fraction
data are not supported (pyco has neither type).
"""

import math
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _gcd(a, b):
    return math.gcd(a, b)


class _Q:
    """An exact rational number (numerator, positive denominator), in lowest terms."""
    __slots__ = ('n', 'd')

    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = _gcd(n, d)
        if g > 1:
            n //= g
            d //= g
        self.n = n
        self.d = d

    def __add__(self, o):
        return _Q(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        return _Q(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        return _Q(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        return _Q(self.n * o.d, self.d * o.n)

    def __float__(self):
        return self.n / self.d


def _exact_ratio(x):
    if type(x) is int or type(x) is bool or isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, float):
        if math.isfinite(x):
            return x.as_integer_ratio()
        return (x, None)
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    raise TypeError("can't convert type '{}' to numerator/denominator".format(type(x).__name__))


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    msg = "don't know how to coerce %s and %s"
    raise TypeError(msg % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count); the total is a _Q or, for inf/nan data, a float."""
    count = 0
    types = []
    partials = {}
    for x in data:
        typ = type(x)
        if typ not in types:
            types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    T = int
    for typ in types:
        T = _coerce(T, typ)
    if None in partials:
        return (T, partials[None], count)
    total = _Q(0)
    for d, n in sorted(partials.items()):
        total = total + _Q(n, d)
    return (T, total, count)


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count)."""
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return (T, total, c, count)
    count = 0
    types = []
    sx = {}
    sxx = {}
    for x in data:
        typ = type(x)
        if typ not in types:
            types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        if d is None:
            sxx[d] = n
        else:
            sxx[d] = sxx.get(d, 0) + n * n
    T = int
    for typ in types:
        T = _coerce(T, typ)
    if not count:
        ssd = c = _Q(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total_x = _Q(0)
        for d, n in sx.items():
            total_x = total_x + _Q(n, d)
        total_xx = _Q(0)
        for d, n in sxx.items():
            total_xx = total_xx + _Q(n, d * d)
        ssd = (_Q(count) * total_xx - total_x * total_x) / _Q(count)
        c = total_x / _Q(count)
    return (T, ssd, c, count)


def _convert(value, T):
    if not isinstance(value, _Q):
        return T(value) if T is not int else value
    if issubclass(T, int) and value.d != 1:
        T = float
    if issubclass(T, int):
        return T(value.n)
    return T(float(value))


def _isqrt_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _isqrt_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def mean(data):
    """Arithmetic mean: mean([1, 2, 3, 4, 4]) == 2.8."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, _Q):
        return _convert(total, T)
    return _convert(total / _Q(n), T)


def fmean(data, weights=None):
    """Mean as a float, faster than mean()."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    data = list(data)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    denom = math.fsum(weights)
    if not denom:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / denom


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean: n / sum(1/x)."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        else:
            raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        T, sw, _ = _sum(w for w in weights)
        sum_weights = sw
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x in data):
        return 0
    T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    if not isinstance(total, _Q):
        return _convert(total, T)
    if total.n <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if isinstance(sum_weights, _Q):
        return _convert(sum_weights / total, T)
    return _convert(_Q(sum_weights) / total, T)


def median(data):
    """Median (middle value) of data; the mean of the two middle values when even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Low median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """High median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """Median of grouped continuous data, the 50th percentile, using interpolation."""
    from bisect import bisect_left, bisect_right
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    try:
        L = float(x) - float(interval) / 2
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """Most common data point; the first one seen wins a tie."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """List of the most frequently occurring values, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxfreq = max(counts.values())
    return [value for value, count in counts.items() if count == maxfreq]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    """Sample variance of data (n - 1 in the denominator)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(ss, _Q):
        return _convert(ss, T)
    return _convert(ss / _Q(n - 1), T)


def pvariance(data, mu=None):
    """Population variance of data (n in the denominator)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(ss, _Q):
        return _convert(ss, T)
    return _convert(ss / _Q(n), T)


def stdev(data, xbar=None):
    """Sample standard deviation: the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if not isinstance(ss, _Q):
        return math.sqrt(ss)
    mss = ss / _Q(n - 1)
    return _float_sqrt_of_frac(mss.n, mss.d)


def pstdev(data, mu=None):
    """Population standard deviation: the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if not isinstance(ss, _Q):
        return math.sqrt(ss)
    mss = ss / _Q(n)
    return _float_sqrt_of_frac(mss.n, mss.d)
