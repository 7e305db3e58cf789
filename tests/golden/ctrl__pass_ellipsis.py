# pass and ... as placeholders.
def todo():
    pass
def later():
    ...
class Empty:
    pass
print(todo(), later())
print(Empty.__name__)
for _ in range(3):
    pass
if True:
    pass
else:
    ...
print(..., Ellipsis, ... is Ellipsis)
print(type(...).__name__)
x = [1, ...]
print(x)
