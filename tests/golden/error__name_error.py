# Uncaught NameError at module level.
count = 1
print(count)
print(cuont + 1)
