import warnings
def f():
    warnings.warn("deprecated f", DeprecationWarning, stacklevel=2)
f()
for i in range(3):
    warnings.warn("loop")
