from typing import Generic, TypeVar, List, Optional, Iterator, Dict

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
print(T, repr(K), TypeVar("N", int, float).__constraints__, TypeVar("B", bound=int).__bound__)
print(TypeVar("C", covariant=True), T.__name__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)

s = Stack[int]()
s.push(1)
s.push(2)
print(list(s), s.pop(), type(s).__name__, Stack[int], Stack[str] == Stack[str])
print(Stack.__mro__, Stack.__orig_bases__, Stack[int].__origin__ is Stack)
print(s.__orig_class__, isinstance(s, Stack), Stack.__parameters__)

class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value
print(Pair[str, int], Pair("a", 1).value)
class IntStack(Stack[int]):
    pass
print(IntStack.__mro__, IntStack().items, IntStack.__parameters__, Pair.__parameters__)
print(List[T], List[T][int], Dict[K, V][str, float], Optional[T][int])
for bad in (lambda: Pair[int], lambda: Generic[int], lambda: Stack[int, str], lambda: type("P", (Generic,), {})):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Box(Generic[T]):
    pass
b = Box()
print(type(b).__name__, Box[List[int]])
