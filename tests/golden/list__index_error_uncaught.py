# Uncaught IndexError.
items = ['a', 'b', 'c']
for i in range(3):
    print(items[i])
print(items[3])
