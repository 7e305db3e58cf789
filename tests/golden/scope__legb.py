# LEGB: local, enclosing, global, builtin lookup order.
x = 'global x'
def outer():
    x = 'enclosing x'
    def inner():
        x = 'local x'
        return x
    def no_local():
        return x
    return inner(), no_local()
print(outer())
def only_global():
    return x
print(only_global())
y = 1
def class_scope():
    y = 2
    class C:
        y = 3
        z = y
        def method(self):
            return y
    return C.z, C().method()
print(class_scope())
def comprehension_scope():
    n = 10
    return [n + i for i in range(3)]
print(comprehension_scope())
