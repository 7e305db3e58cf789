# Argument unpacking in calls: *iterable and **mapping, several of each.
def f(a, b, c, d):
    return [a, b, c, d]

print(f(*[1, 2, 3, 4]))
print(f(*(1, 2), *'xy'))
print(f(1, *range(2, 4), d=4))
print(f(**{'a': 1, 'b': 2}, **{'c': 3, 'd': 4}))
print(f(*[1], 2, *[3], **{'d': 4}))
args = (10, 20)
kwargs = {'d': 40}
print(f(*args, 30, **kwargs))
print(*[], 'nothing unpacked')
print(max(*[3, 9, 2]))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
