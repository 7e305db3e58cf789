# exceptions inside a group keep their chains; wide groups are cut after 15
def fail(i):
    try:
        raise KeyError(i)
    except KeyError:
        raise ValueError(i)


errors = []
for i in range(17):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
errors[0].__cause__ = None
raise ExceptionGroup("many", errors)
