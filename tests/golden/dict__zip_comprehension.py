# Building dicts from zip() and comprehensions.
keys = ['name', 'age', 'city']
values = ['Ann', 30, 'Oslo']
person = dict(zip(keys, values))
print(person)
print(dict(zip('abc', range(3))), dict(zip([], [])))
print(dict(zip(keys, values[:2])))
inverted = {v: k for k, v in person.items()}
print(inverted)
scores = {'ann': 90, 'bob': 72, 'cy': 85}
passed = {name: s for name, s in scores.items() if s >= 80}
print(passed)
grades = {name: ('A' if s >= 85 else 'B') for name, s in scores.items()}
print(grades)
print(dict(enumerate('xyz')), dict(enumerate('xy', 1)))
pairs = [('a', 1), ('b', 2), ('a', 3)]
print(dict(pairs))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
