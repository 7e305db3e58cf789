# callable() on functions, classes, instances and other values.
def f(): pass
class C:
    pass
class WithCall:
    def __call__(self):
        return 'called'
print(callable(f), callable(lambda: 0), callable(print), callable(len))
print(callable(C), callable(C()), callable(WithCall()), WithCall()())
print(callable(1), callable('s'), callable(None), callable([].append), callable(int))
print(callable('abc'.upper), callable(type))
