# Annotated assignments and annotations without a value.
x: int = 5
y: str
name: 'str' = "ann"
print(x, name)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def f(a: int, b: str = 'b') -> bool:
    z: float = 1.0
    return True
print(f(1))
print(f.__annotations__)
lst: list[int] = [1, 2]
print(lst)
class C:
    field: int = 3
    other: str
print(C.field, C.__annotations__)
