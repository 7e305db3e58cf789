# __dict__, vars() and attribute lookup order (instance, class, bases).
class Base:
    shared = 'base shared'
    def method(self):
        return 'base method'

class Item(Base):
    kind = 'item'
    def __init__(self, name):
        self.name = name

i = Item('pen')
print(i.__dict__, vars(i))
i.color = 'blue'
i.__dict__['size'] = 3
print(vars(i), i.size)
print(sorted(k for k in Item.__dict__ if not k.startswith('__')))
print(i.kind, i.shared, i.method())
i.method = lambda: 'instance override'
print(i.method(), Item('x').method())
print('kind' in vars(i), 'kind' in vars(Item))
del i.color
print(vars(i))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
