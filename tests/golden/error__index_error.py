# Uncaught IndexError from a list inside a function.
def third(seq):
    return seq[2]

print(third([1, 2, 3]))
print(third([1, 2]))
