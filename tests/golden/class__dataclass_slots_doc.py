from dataclasses import dataclass, field, fields, KW_ONLY
import types

@dataclass(slots=True)
class Point:
    x: float
    y: float = 0.0
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.norm(), Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Point.__qualname__, Point.__doc__, [f.name for f in fields(Point)])

@dataclass(frozen=True, slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"
px = Pixel(1, 2)
print(px, hash(px) == hash(Pixel(1, 2)), Pixel.__slots__)
try:
    px.x = 5
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class Config:
    """Settings."""
    name: str
    _: KW_ONLY
    retries: int = 3
    tags: list = field(default_factory=list, metadata={"unit": "none"})
print(Config.__doc__)
@dataclass
class Plain:
    a: int
    b: "list[str]" = None
print(Plain.__doc__)
meta = fields(Config)[-1].metadata
print(meta, type(meta).__name__, meta["unit"], len(meta), list(meta))
try:
    meta["unit"] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(weakref_slot=True)
    class W:
        a: int
except TypeError as e:
    print("TypeError:", e)

proxy = types.MappingProxyType({"a": 1})
print(proxy, repr(proxy), proxy | {"b": 2}, proxy.get("z", 0), "a" in proxy, proxy == {"a": 1})
try:
    types.MappingProxyType(["a"])
except TypeError as e:
    print("TypeError:", e)
backing = {}
live = types.MappingProxyType(backing)
backing["k"] = "v"
print(live, dict(live.items()))
print(list.append, list.__len__, str.__format__, dict.__contains__, int.bit_length)
print(list.append.__qualname__, [].append.__qualname__, dict.fromkeys.__qualname__, str.join.__name__)
class Stack(list):
    pass
print(Stack().append.__qualname__, Stack.__len__.__qualname__)
