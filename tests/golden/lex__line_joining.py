# Implicit line joining in brackets and explicit backslash continuation.
total = (1 +
         2 +
         3)
print(total)
items = [
    'a',
    'b',  # a comment inside brackets
    'c',
]
print(items)
d = {
    'x': 1,

    'y': 2
}
print(d)
x = 1 + \
    2 + \
    3
print(x)
if x > 5 and \
        total > 5:
    print('both big')
print(max(1,
          5,
          3))
s = ('implicit '
     'concatenation')
print(s)
