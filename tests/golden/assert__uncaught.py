# An uncaught AssertionError prints a traceback and exits with status 1.
def average(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)

print(average([1, 2, 3]))
print(average([]))
print("unreachable")
