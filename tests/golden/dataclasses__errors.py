from dataclasses import dataclass, asdict

@dataclass
class Point:
    x: int
    y: int = 0

try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(3)
except TypeError as e:
    print("TypeError:", e)
