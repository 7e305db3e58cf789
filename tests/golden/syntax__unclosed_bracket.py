# An opening bracket that is never closed.
print('not printed')
values = [1, 2, 3
total = sum(values)
