# Assignment anywhere in a function makes the name local everywhere in it.
x = 'global'
def reads_then_assigns():
    print(x)
    x = 'local'

try:
    reads_then_assigns()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        z = 'set'
    return z
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def augmented():
    x += 1
try:
    augmented()
except UnboundLocalError as e:
    print(type(e).__name__, e)
