# Cooperative multiple inheritance: every __init__ calls super().__init__(**kw).
class Root:
    def __init__(self, **kw):
        print('Root', sorted(kw))
        super().__init__()

class Named(Root):
    def __init__(self, name, **kw):
        print('Named', name)
        self.name = name
        super().__init__(**kw)

class Aged(Root):
    def __init__(self, age, **kw):
        print('Aged', age)
        self.age = age
        super().__init__(**kw)

class Person(Named, Aged):
    def __init__(self, **kw):
        print('Person')
        super().__init__(**kw)

p = Person(name='ann', age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class Logged:
    def save(self):
        print('Logged.save')
        return super().save()
class Store:
    def save(self):
        print('Store.save')
        return 'saved'
class LoggedStore(Logged, Store):
    pass
print(LoggedStore().save())
