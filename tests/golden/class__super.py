# super() in __init__ and methods; explicit two-argument form.
class Base:
    def __init__(self, value):
        print('Base.__init__', value)
        self.value = value

    def show(self):
        return f'Base({self.value})'

class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        print('Child.__init__', extra)
        self.extra = extra

    def show(self):
        return 'Child+' + super().show()

class GrandChild(Child):
    def show(self):
        return 'Grand+' + super(GrandChild, self).show()

c = GrandChild(1, 'x')
print(c.show(), c.value, c.extra)
print(super(Child, c).show())
class NoInit(Base):
    pass
print(NoInit(7).show())
