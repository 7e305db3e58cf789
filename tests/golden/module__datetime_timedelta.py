import datetime
from datetime import timedelta

td = timedelta(seconds=60)
print(repr(td), td, repr(timedelta(0)), timedelta(days=-1, seconds=5), repr(timedelta(hours=-1)))
print(timedelta(days=2, hours=3, microseconds=5), timedelta(weeks=1.5), timedelta(milliseconds=1.5))
print(td.total_seconds(), td * 2, td / 2, td // 7, td / timedelta(seconds=7))
print(td // timedelta(seconds=7), td % timedelta(seconds=7), divmod(td, timedelta(seconds=7)))
print(-td, abs(-td), td == timedelta(minutes=1), td < timedelta(hours=1), bool(timedelta()))
print(timedelta(seconds=1.5), repr(timedelta(seconds=-0.000001)), timedelta(microseconds=-1))
print(timedelta(days=1, seconds=-1), repr(timedelta(minutes=1.1)), timedelta(hours=25))
print(timedelta(days=-2, hours=1), 3 * timedelta(hours=1), timedelta(hours=1) * 0.5)
print(timedelta(days=1) / timedelta(hours=1), timedelta(seconds=1) / 3, timedelta(seconds=5) // 2)
print(timedelta.max, timedelta.min, timedelta.resolution)
print(timedelta(days=1, seconds=1) - timedelta(seconds=2), hash(td) == hash(timedelta(minutes=1)))
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print('OverflowError', e)
