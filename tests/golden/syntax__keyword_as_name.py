# A keyword used as a name.
class = 'reserved'
print(class)
