from datetime import date, timedelta

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 1, 1), d.weekday(), d.isoweekday())
print(d.isoformat(), d.strftime('%A %d %B %Y %j %a %b %y %%'), d.ctime())
print(d.isocalendar(), d.toordinal(), date.fromordinal(738000), d.replace(day=1))
print(d < date(2025, 1, 1), sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print({date(2020, 1, 1): 1}[date(2020, 1, 1)], date(2020, 3, 1) - timedelta(days=1))
print(date(2020, 1, 1).isocalendar().week, date(2021, 1, 3).isocalendar())
print(date.fromisoformat('2020-12-31'), date(2000, 2, 29).strftime('%j'), f"{d:%d.%m.%Y}")
print(date.min, date.max, date.resolution, type(date.today()).__name__)
for bad in [(2018, 13, 1), (2018, 2, 30), (0, 1, 1), (2019, 2, 29)]:
    try:
        date(*bad)
    except ValueError as e:
        print('ValueError', e)


class MyDate(date):
    pass


print(type(MyDate(2020, 1, 2) + timedelta(1)).__name__)
