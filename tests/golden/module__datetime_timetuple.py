from datetime import date, datetime, timedelta, timezone

dt = datetime(2024, 3, 15, 14, 30, 5)
tt = dt.timetuple()
print(tt)
print(tt.tm_yday, tt.tm_wday, tt.tm_isdst, tt[:3], len(tt))
print(date(2024, 12, 31).timetuple())
aware = datetime(2024, 1, 1, 2, 0, tzinfo=timezone(timedelta(hours=5)))
print(aware.timetuple().tm_isdst, aware.utctimetuple())
print(datetime(2020, 2, 29, 23, 59).timetuple().tm_yday)
