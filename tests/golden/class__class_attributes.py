# Class attributes are shared; mutable class attributes are a common trap.
class Counter:
    count = 0
    history = []

    def __init__(self):
        Counter.count += 1
        self.history.append(Counter.count)

for _ in range(3):
    Counter()
print(Counter.count, Counter.history)
a = Counter()
a.count = 'instance'
print(a.count, Counter.count)
class Fixed:
    def __init__(self):
        self.history = []
x, y = Fixed(), Fixed()
x.history.append(1)
print(x.history, y.history)
class Config:
    debug = False
    level = 1
class Child(Config):
    level = 2
print(Child.debug, Child.level, Config.level)
Config.debug = True
print(Child.debug)
print(getattr(Child, 'missing', 'default'))
