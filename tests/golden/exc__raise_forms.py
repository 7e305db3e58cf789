# raise with classes, instances and invalid objects.
def show(thunk):
    try:
        thunk()
    except BaseException as e:
        print(type(e).__name__, repr(e))

def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError('instance')
def raise_int():
    raise 5
def raise_non_exception_class():
    raise int
def raise_from_class():
    raise ValueError from KeyError
show(raise_class)
show(raise_instance)
show(raise_int)
show(raise_non_exception_class)
show(raise_from_class)
try:
    raise_from_class()
except ValueError as e:
    print(repr(e.__cause__))
class NotAnError:
    pass
def raise_plain_object():
    raise NotAnError()
show(raise_plain_object)
try:
    try:
        pass
    except 5:
        pass
    print('bad except clause is only checked when an exception arrives')
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
