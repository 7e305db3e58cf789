# staticmethod and classmethod, including alternative constructors.
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split('-')))

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @classmethod
    def count(cls):
        return cls.__name__, cls.created

    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'

class MyDate(Date):
    pass

print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.count(), MyDate.count())
print(type(Date.__dict__['is_leap']).__name__, type(Date.__dict__['count']).__name__)
f = Date.is_leap
print(f(2023))
