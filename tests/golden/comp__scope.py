# Comprehension loop variables do not leak; the first iterable is evaluated outside.
x = 'outer'
result = [x for x in range(3)]
print(result, x)
i = 100
squares = {i: i * i for i in range(3)}
print(squares, i)
class Config:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    print(doubled)
def f():
    n = 5
    return [n * k for k in range(3)]
print(f())
y = 10
gen = (y * k for k in range(3))
y = 20
print(list(gen))
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
