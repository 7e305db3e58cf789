# Single inheritance, overriding and extending methods.
class Animal:
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f'{self.name} says {self.sound}'

    def kind(self):
        return 'animal'

class Cat(Animal):
    sound = 'meow'

class Lion(Cat):
    sound = 'roar'

    def kind(self):
        return 'big ' + super().kind()

for a in [Animal('thing'), Cat('tom'), Lion('leo')]:
    print(a.speak(), '-', a.kind())
print(issubclass(Lion, Animal), issubclass(Animal, Lion), isinstance(Lion('x'), Cat))
print(Lion.__bases__, Cat.__base__, Animal.__bases__)
print([c.__name__ for c in Lion.__mro__])
print(Lion.__name__, Lion.sound, Lion.speak is Animal.speak)
