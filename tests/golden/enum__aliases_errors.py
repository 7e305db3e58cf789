from enum import Enum, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2
print(list(Shape), Shape.ALIAS, Shape(2), list(Shape.__members__))
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
print(sorted(Color, key=lambda c: c.value, reverse=True))
