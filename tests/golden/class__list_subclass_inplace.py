# += and *= on a list subclass work in place and keep the instance (and its class).
class L(list):
    pass


a = L([1, 2])
b = a
a *= 2
print(type(a).__name__, a is b, a)
a += [5]
print(type(a).__name__, a is b, a)
a *= True
print(type(a).__name__, a is b, a)
x = [1]
y = x
x *= True
print(x is y, x)
x *= 0
print(x is y, x)


class M(list):
    def __iadd__(self, other):
        print('own __iadd__')
        return self


m = M([1])
m += [2]
print(m)
