from typing import Protocol, runtime_checkable

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self) -> None:
        print("closed")

class Plain:
    pass

print(isinstance(Resource(), Closable), isinstance(Plain(), Closable), issubclass(Resource, Closable))
class Greeter(Protocol):
    def greet(self) -> str: ...
try:
    isinstance(Resource(), Greeter)
except TypeError as e:
    print("TypeError:", e)
class English(Greeter):
    def greet(self) -> str:
        return "hello"
print(English().greet(), Greeter in English.__mro__)
