# Uncaught ZeroDivisionError at module level.
numerator = 10
denominator = 0
print('dividing')
result = numerator / denominator
print(result)
