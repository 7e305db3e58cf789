# NameError messages, including "Did you mean" hints are not part of str(e).
def show(thunk):
    try:
        thunk()
    except NameError as e:
        print(type(e).__name__, e, e.name if hasattr(e, 'name') else '')

show(lambda: undefined)
show(lambda: prnt('x'))
def uses_later():
    return later_defined
show(uses_later)
later_defined = 'now defined'
print(uses_later())
def free_var():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
free_var()
