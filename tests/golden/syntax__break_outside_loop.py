# break outside a loop.
def f():
    pass
if True:
    break
