# A closing bracket without an opening one.
x = (1 + 2))
print(x)
