# Defining a class, creating instances, instance and class attributes.
class Dog:
    species = 'canis familiaris'

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return f'{self.name} is {self.age} years old'

    def birthday(self):
        self.age += 1
        return self

rex = Dog('Rex', 3)
fido = Dog('Fido', 5)
print(rex.describe(), '|', fido.describe())
print(rex.birthday().birthday().describe())
print(rex.species, Dog.species, rex.species is fido.species)
rex.species = 'own attribute'
print(rex.species, fido.species, Dog.species)
Dog.species = 'changed on class'
print(fido.species, rex.species)
print(type(rex).__name__, type(rex) is Dog, isinstance(fido, Dog))
print(Dog.describe(fido))
m = rex.describe
print(m(), m.__self__ is rex, m.__func__ is Dog.describe)
