"""Concrete date/time and related types: pyco's `datetime`.

Local time is taken to be UTC (pyco has no time-zone database)."""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                 "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(value, "__index__"):
        return value.__index__()
    raise TypeError("an integer is required (got type %s)" % type(value).__name__)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _cmperror(x, y):
    raise TypeError("can't compare '%s' to '%s'" % (type(x).__name__, type(y).__name__))


class _Ordered:
    """`<`, `<=`, `>`, `>=` from `_order_keys(other)`: a pair of keys to compare, or None
    when `other` is not comparable with this type (the operator gives NotImplemented)."""

    def __lt__(self, other):
        k = self._order_keys(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._order_keys(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._order_keys(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._order_keys(other)
        return NotImplemented if k is None else k[0] >= k[1]


def _iso_week1_monday(year):
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        s += "%s%02d" % (sep, ss.seconds)
        if ss.microseconds:
            s += ".%06d" % ss.microseconds
    return s


def _strftime(obj, fmt, year, month, day, hour, minute, second, microsecond):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    wday = None
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i >= n:
            out.append(ch)
            continue
        c = fmt[i]
        i += 1
        if c == "Y":
            out.append(str(year))
        elif c == "m":
            out.append("%02d" % month)
        elif c == "d":
            out.append("%02d" % day)
        elif c == "H":
            out.append("%02d" % hour)
        elif c == "M":
            out.append("%02d" % minute)
        elif c == "S":
            out.append("%02d" % second)
        elif c == "f":
            out.append("%06d" % microsecond)
        elif c == "y":
            out.append("%02d" % (year % 100))
        elif c in "aAwu":
            if wday is None:
                wday = (_ymd2ord(year, month, day) + 6) % 7
            if c == "a":
                out.append(_DAYNAMES[wday])
            elif c == "A":
                out.append(_FULLDAYNAMES[wday])
            elif c == "w":
                out.append(str((wday + 1) % 7))
            else:
                out.append(str(wday + 1))
        elif c == "b" or c == "h":
            out.append(_MONTHNAMES[month])
        elif c == "B":
            out.append(_FULLMONTHNAMES[month])
        elif c == "p":
            out.append("AM" if hour < 12 else "PM")
        elif c == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif c == "j":
            out.append("%03d" % (_days_before_month(year, month) + day))
        elif c == "e":
            out.append("%2d" % day)
        elif c == "c":
            wd = (_ymd2ord(year, month, day) + 6) % 7
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAYNAMES[wd], _MONTHNAMES[month], day, hour, minute, second, year))
        elif c == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif c == "X" or c == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif c == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif c == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif c == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c in "UW":
            yday = _days_before_month(year, month) + day - 1
            wd = (_ymd2ord(year, month, day) + 6) % 7
            if c == "U":
                out.append("%02d" % ((yday + 7 - (wd + 1) % 7) // 7))
            else:
                out.append("%02d" % ((yday + 7 - wd) // 7))
        elif c in "GV":
            y, w, _ = date(year, month, day).isocalendar()
            out.append(str(y) if c == "G" else "%02d" % w)
        elif c == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ""))
        elif c == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append(name or "")
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + c)
    return "".join(out)


class timedelta(_Ordered):
    """Difference between two datetime values."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                 hours=0, weeks=0):
        total = 0
        frac = 0.0
        for value, unit in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                            (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                            (weeks, 604800000000)):
            if isinstance(value, int):
                total += value * unit
            elif isinstance(value, float):
                whole = int(value)
                total += whole * unit
                frac += (value - whole) * unit
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (("days", "seconds", "microseconds", "milliseconds",
                                    "minutes", "hours", "weeks")[
                                    [days, seconds, microseconds, milliseconds, minutes,
                                     hours, weeks].index(value)],
                                   type(value).__name__))
        if frac:
            total += round(frac)
        self._set(total)

    def _set(self, us):
        d, rem = divmod(us, 86400000000)
        s, u = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self.days = d
        self.seconds = s
        self.microseconds = u

    @classmethod
    def _from_us(cls, us):
        self = object.__new__(timedelta)
        self._set(us)
        return self

    def _us(self):
        return (self.days * 86400 + self.seconds) * 1000000 + self.microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self.days:
            args.append("days=%d" % self.days)
        if self.seconds:
            args.append("seconds=%d" % self.seconds)
        if self.microseconds:
            args.append("microseconds=%d" % self.microseconds)
        if not args:
            args.append("0")
        return "%s.%s(%s)" % (type(self).__module__, type(self).__name__, ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self.seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self.days:
            s = "%d day%s, " % (self.days, "s" if abs(self.days) != 1 else "") + s
        if self.microseconds:
            s = s + ".%06d" % self.microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self.days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(self._us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            us = self._us()
            q, r = divmod(us, other)
            # round half to even, as CPython does
            r2 = 2 * r
            if other > 0 and (r2 > other or (r2 == other and q % 2 == 1)):
                q += 1
            elif other < 0 and (r2 < other or (r2 == other and q % 2 == 1)):
                q += 1
            return timedelta._from_us(q)
        if isinstance(other, float):
            return timedelta._from_us(round(self._us() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def _order_keys(self, other):
        if isinstance(other, timedelta):
            return self._us(), other._us()
        return None

    def __hash__(self):
        return hash((self.days, self.seconds, self.microseconds))

    def __bool__(self):
        return self.days != 0 or self.seconds != 0 or self.microseconds != 0

    def __reduce__(self):
        return (type(self), (self.days, self.seconds, self.microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date(_Ordered):
    """date(year, month, day) --> date object"""

    def __init__(self, year, month=None, day=None):
        self.year, self.month, self.day = _check_date_fields(year, month, day)

    @classmethod
    def _make(cls, year, month, day):
        self = object.__new__(cls)
        self.year = year
        self.month = month
        self.day = day
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _from_timestamp(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isoformat_date(date_string))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= 53:
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        day_1 = _iso_week1_monday(year)
        y, m, d = _ord2ymd(day_1 + (week - 1) * 7 + day - 1)
        return cls(y, m, d)

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (type(self).__module__, type(self).__name__,
                                      self.year, self.month, self.day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self.year, self.month, self.day)

    __str__ = isoformat

    def ctime(self):
        return self.strftime("%a %b %e 00:00:00 %Y")

    def strftime(self, fmt):
        return _strftime(self, fmt, self.year, self.month, self.day, 0, 0, 0, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _time.struct_time((self.year, self.month, self.day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self.year, self.month) + self.day, -1))

    def toordinal(self):
        return _ymd2ord(self.year, self.month, self.day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        return type(self)(year, month, day)

    def _cmpkey(self):
        return (self.year, self.month, self.day)

    def _order_keys(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and \
                not isinstance(self, datetime):
            return self._cmpkey(), other._cmpkey()
        return None

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self._cmpkey())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self.year
        week1monday = _iso_week1_monday(year)
        today = _ymd2ord(self.year, self.month, self.day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _iso_week1_monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (self.year, self.month, self.day))


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (
            self[0], self[1], self[2])


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % offset)
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is None:
            if not self._offset:
                return "UTC"
            return "UTC" + _format_offset(self._offset)
        return self._name

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class time(_Ordered):
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self.hour, self.minute, self.second, self.microsecond = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self.tzinfo = tzinfo
        self.fold = fold

    def utcoffset(self):
        if self.tzinfo is None:
            return None
        return self.tzinfo.utcoffset(None)

    def tzname(self):
        if self.tzinfo is None:
            return None
        return self.tzinfo.tzname(None)

    def _cmpkey(self):
        return (self.hour, self.minute, self.second, self.microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmpkey() == other._cmpkey() and self.utcoffset() == other.utcoffset()
        return NotImplemented

    def _order_keys(self, other):
        if isinstance(other, time):
            return self._cmpkey(), other._cmpkey()
        return None

    def __hash__(self):
        return hash(self._cmpkey())

    def __bool__(self):
        return True

    def __repr__(self):
        if self.microsecond != 0:
            s = ", %d, %d" % (self.second, self.microsecond)
        elif self.second != 0:
            s = ", %d" % self.second
        else:
            s = ""
        s = "%s.%s(%d, %d%s)" % (type(self).__module__, type(self).__name__,
                                 self.hour, self.minute, s)
        if self.tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self.tzinfo
        if self.fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self.hour, self.minute, self.second, self.microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isoformat_time(time_string))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (time_string,))

    def strftime(self, fmt):
        return _strftime(self, fmt, 1900, 1, 1, self.hour, self.minute, self.second,
                         self.microsecond)

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _parse_isoformat_date(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        return int(s[0:4]), int(s[5:7]), int(s[8:10])
    if len(s) == 8 and s.isdigit():
        return int(s[0:4]), int(s[4:6]), int(s[6:8])
    raise ValueError("Invalid isoformat string")


def _parse_isoformat_time(s):
    tz = None
    for sign in "+-":
        if sign in s:
            s, off = s.split(sign, 1)
            parts = off.replace(":", "")
            hh = int(parts[0:2])
            mm = int(parts[2:4]) if len(parts) >= 4 else 0
            ss = int(parts[4:6]) if len(parts) >= 6 else 0
            td = timedelta(hours=hh, minutes=mm, seconds=ss)
            tz = timezone(td if sign == "+" else -td)
            break
    if s.endswith("Z"):
        s = s[:-1]
        tz = timezone.utc
    frac = 0
    if "." in s or "," in s:
        s, f = s.replace(",", ".").split(".", 1)
        if not f.isdigit():
            raise ValueError("Invalid isoformat string")
        frac = int((f + "000000")[:6])
    if ":" in s:
        parts = s.split(":")
    else:
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or not all(len(p) == 2 and p.isdigit() for p in parts):
        raise ValueError("Invalid isoformat string")
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac, tz


def _from_timestamp(t):
    """(year, month, day, hour, minute, second, microsecond) of a POSIX timestamp (UTC)."""
    if isinstance(t, int):
        secs = t
        us = 0
    elif isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError("Invalid value %s" % t)
        secs = int(t // 1)
        us = round((t - secs) * 1e6)
        if us >= 1000000:
            secs += 1
            us -= 1000000
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    days, rem = divmod(secs, 86400)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    y, m, d = _ord2ymd(days + 719163)
    return y, m, d, hh, mm, ss, us


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0,
                 microsecond=0, tzinfo=None, *, fold=0):
        self.year, self.month, self.day = _check_date_fields(year, month, day)
        self.hour, self.minute, self.second, self.microsecond = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self.tzinfo = tzinfo
        self.fold = fold

    @classmethod
    def _fromus(cls, us, tzinfo=None):
        """A datetime from microseconds since 0001-01-01 00:00 (ordinal 1)."""
        days, rem = divmod(us, 86400000000)
        if not 0 <= days < _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days + 1)
        secs, u = divmod(rem, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        self = object.__new__(cls)
        self.year = y
        self.month = m
        self.day = d
        self.hour = hh
        self.minute = mm
        self.second = ss
        self.microsecond = u
        self.tzinfo = tzinfo
        self.fold = 0
        return self

    def _us(self):
        return ((((_ymd2ord(self.year, self.month, self.day) - 1) * 24 + self.hour) * 60
                 + self.minute) * 60 + self.second) * 1000000 + self.microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = _from_timestamp(t)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _from_timestamp(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            dstr = date_string[0:10]
            tstr = date_string[11:]
            y, m, d = _parse_isoformat_date(dstr)
            if tstr:
                hh, mm, ss, us, tz = _parse_isoformat_time(tstr)
            else:
                if len(date_string) > 10:
                    raise ValueError("Invalid isoformat string")
                hh = mm = ss = us = 0
                tz = None
            return cls(y, m, d, hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def date(self):
        return date(self.year, self.month, self.day)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        return time(self.hour, self.minute, self.second, self.microsecond, self.tzinfo,
                    fold=self.fold)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, self.weekday(),
                                  _days_before_month(self.year, self.month) + self.day, isdst))

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _time.struct_time((moment.year, moment.month, moment.day, moment.hour,
                                  moment.minute, moment.second, moment.weekday(),
                                  _days_before_month(moment.year, moment.month) + moment.day, 0))

    def utcoffset(self):
        if self.tzinfo is None:
            return None
        return self.tzinfo.utcoffset(self)

    def tzname(self):
        if self.tzinfo is None:
            return None
        return self.tzinfo.tzname(self)

    def dst(self):
        if self.tzinfo is None:
            return None
        return self.tzinfo.dst(self)

    def timestamp(self):
        us = self._us() - 62135596800000000
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return us / 10 ** 6

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        off = self.utcoffset()
        us = self._us()
        if off is not None:
            us -= off._us()
        utc = datetime._fromus(us, tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self.year, self.month, self.day, sep) + _format_time(
            self.hour, self.minute, self.second, self.microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        L = [self.year, self.month, self.day, self.hour, self.minute, self.second,
             self.microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s.%s(%s)" % (type(self).__module__, type(self).__name__,
                           ", ".join(map(str, L)))
        if self.tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self.tzinfo
        if self.fold:
            s = s[:-1] + ", fold=1)"
        return s

    def strftime(self, fmt):
        return _strftime(self, fmt, self.year, self.month, self.day, self.hour,
                         self.minute, self.second, self.microsecond)

    def _key(self, other):
        """Comparable microsecond counts of self and other (None when they cannot be
        compared: naive against aware)."""
        a = self._us()
        b = other._us()
        so = self.utcoffset()
        oo = other.utcoffset()
        if (so is None) != (oo is None):
            return None
        if so is not None:
            a -= so._us()
            b -= oo._us()
        return a, b

    def __eq__(self, other):
        if isinstance(other, datetime):
            k = self._key(other)
            return k is not None and k[0] == k[1]
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order_keys(self, other):
        if isinstance(other, datetime):
            k = self._key(other)
            if k is None:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            return k
        if isinstance(other, date):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return None

    def __hash__(self):
        us = self._us()
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return hash(us)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._fromus(self._us() + other._us(), self.tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._fromus(self._us() - other._us(), self.tzinfo)
        if isinstance(other, datetime):
            so = self.utcoffset()
            oo = other.utcoffset()
            if (so is None) != (oo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            d = self._us() - other._us()
            if so is not None:
                d -= so._us() - oo._us()
            return timedelta._from_us(d)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self.year, self.month, self.day, self.hour, self.minute,
                             self.second, self.microsecond, self.tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


_STRPTIME_REGEX = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "p": r"(?P<p>am|pm)",
    "b": "(?P<b>" + "|".join(sorted(_FULLMONTHNAMES[1:] + _MONTHNAMES[1:],
                                    key=len, reverse=True)) + ")",
    "a": "(?P<a>" + "|".join(sorted(_FULLDAYNAMES + _DAYNAMES, key=len, reverse=True))
         + ")",
    "%": "%",
}
_STRPTIME_REGEX["B"] = _STRPTIME_REGEX["b"].replace("?P<b>", "?P<B>")
_STRPTIME_REGEX["A"] = _STRPTIME_REGEX["a"].replace("?P<a>", "?P<A>")
_STRPTIME_REGEX["e"] = _STRPTIME_REGEX["d"].replace("?P<d>", "?P<e>")
_strptime_cache = {}


def _strptime(data_string, format):
    import re
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index, type(arg).__name__))
    compiled = _strptime_cache.get(format)
    if compiled is None:
        pieces = []
        i = 0
        seen = set()
        while i < len(format):
            c = format[i]
            if c == "%" and i + 1 < len(format):
                d = format[i + 1]
                if d not in _STRPTIME_REGEX:
                    raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
                rx = _STRPTIME_REGEX[d]
                if d in seen and d != "%":
                    rx = "(?P=%s)" % d
                seen.add(d)
                pieces.append(rx)
                i += 2
            elif c == "%":
                raise ValueError("stray %% in format '%s'" % format)
            elif c.isspace():
                pieces.append(r"\s+")
                while i < len(format) and format[i].isspace():
                    i += 1
                continue
            else:
                pieces.append(re.escape(c))
                i += 1
        compiled = re.compile("".join(pieces), re.IGNORECASE)
        _strptime_cache[format] = compiled
    found = compiled.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    julian = None
    if g.get("y") is not None:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if g.get("Y") is not None:
        year = int(g["Y"])
    if g.get("m") is not None:
        month = int(g["m"])
    for k in ("B", "b"):
        if g.get(k) is not None:
            name = g[k].lower()
            for idx in range(1, 13):
                if name in (_FULLMONTHNAMES[idx].lower(), _MONTHNAMES[idx].lower()):
                    month = idx
    for k in ("d", "e"):
        if g.get(k) is not None:
            day = int(g[k])
    if g.get("H") is not None:
        hour = int(g["H"])
    if g.get("I") is not None:
        hour = int(g["I"])
        ampm = (g.get("p") or "").lower()
        if ampm == "pm" and hour != 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    if g.get("M") is not None:
        minute = int(g["M"])
    if g.get("S") is not None:
        second = int(g["S"])
    if g.get("f") is not None:
        fraction = int((g["f"] + "000000")[:6])
    if g.get("j") is not None:
        julian = int(g["j"])
    if g.get("z") is not None:
        z = g["z"]
        if z in ("Z", "z"):
            tz = timezone.utc
        else:
            sign = -1 if z[0] == "-" else 1
            z = z[1:].replace(":", "")
            off = timedelta(hours=int(z[0:2]), minutes=int(z[2:4]),
                            seconds=int(z[4:6] or 0))
            tz = timezone(off * sign)
    if julian is not None:
        d = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        month = d.month
        day = d.day
    return year, month, day, hour, minute, second, fraction, tz
