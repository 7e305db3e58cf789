# __len__ and __bool__ drive len() and truth testing.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print('__bool__ called')
        return self.on

print(len(Bag(1, 2, 3)), bool(Bag()), bool(Bag(0)))
if not Bag():
    print('empty bag is falsy')
print(bool(Flag(True)), 'yes' if Flag(False) else 'no')
print(Flag(True) and 'and-result')
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()))
class BadLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
for obj in (BadLen(), BadBool()):
    try:
        bool(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(NoLen()))
