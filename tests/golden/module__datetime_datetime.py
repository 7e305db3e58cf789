import datetime

start = datetime.datetime(2018, 5, 1, 19, 31, 0, 484870)
print(repr(start), start)
for n in (1, 59, 60, 61, 1440, 100000):
    t = datetime.timedelta(minutes=n) + start
    print(t.strftime('%Y-%m-%d %H:%M'), repr(t))
dt = start
print(dt.strftime('%Y %m %d %H %M %S %f %a %A %b %B %j %p %y %% %I'))
print(dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.ctime())
print(dt - datetime.datetime(2018, 1, 1), dt - datetime.timedelta(days=400))
print(dt.date(), dt.time(), dt.replace(tzinfo=datetime.timezone.utc).timestamp(), f"{dt:%Y/%m/%d}", "{:%H:%M}".format(dt))
print(datetime.datetime.fromtimestamp(1525203060.48487, datetime.timezone.utc))
print(datetime.datetime.utcfromtimestamp(86400 * 365.25))
print(datetime.datetime.strptime('2018-05-01 19:31:00', '%Y-%m-%d %H:%M:%S'))
print(datetime.datetime.strptime('01/May/2018:07:31 PM', '%d/%b/%Y:%I:%M %p'))
print(datetime.datetime.strptime('20:15:01.5', '%H:%M:%S.%f'), datetime.datetime.strptime('2020-060', '%Y-%j'))
print(repr(datetime.datetime(2018, 5, 1)), repr(datetime.datetime(2018, 5, 1, 0, 0, 5)))
print(datetime.datetime(2018, 5, 1) > datetime.datetime(2018, 4, 30, 23), datetime.datetime(2020, 1, 1) == datetime.date(2020, 1, 1))
print(datetime.datetime.fromisoformat('2018-05-01T19:31:00.484870'))
print(datetime.datetime(2018, 12, 31).strftime('%U %W %G %V %u %w %c %x %X'))
u = datetime.datetime(2020, 1, 1, 12, tzinfo=datetime.timezone.utc)
print(u, repr(u), u.timestamp(), u.astimezone(datetime.timezone(datetime.timedelta(hours=2))))
print(datetime.timezone(datetime.timedelta(hours=-5)), u.strftime('%z %Z'))
print(datetime.time(12, 30), repr(datetime.time(12, 30, 1, 5)), datetime.datetime.combine(datetime.date(2020, 1, 1), datetime.time(1, 2)))
now = datetime.datetime.now()
print(type(now).__name__, now.year >= 2024, isinstance(now, datetime.date))
for args in [(2018, 1, 1, 24), (2018, 1, 1, 0, 60)]:
    try:
        datetime.datetime(*args)
    except ValueError as e:
        print('ValueError', e)
for s, f in [('2018', '%Y-%m'), ('2018-01x', '%Y-%m')]:
    try:
        datetime.datetime.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)
