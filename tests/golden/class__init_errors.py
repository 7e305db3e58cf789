# Errors from creating instances and calling methods wrongly.
class NoInit:
    pass

class Two:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def method(self, x):
        return x

class ReturnsValue:
    def __init__(self):
        return 42

def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)

show(lambda: NoInit(1))
show(lambda: Two(1))
show(lambda: Two(1, 2, 3))
show(lambda: Two(1, 2).method())
show(lambda: Two(1, 2).method(1, 2))
show(lambda: Two.method(5))
show(lambda: ReturnsValue())
show(lambda: Two(a=1, c=2))
show(lambda: object(1))
