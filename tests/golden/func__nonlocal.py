# nonlocal rebinds a variable of an enclosing function.
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return middle(), x
print(outer())
def accumulator():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, items
    return add
acc = accumulator()
acc(1)
print(acc(10))
