from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name} is {self.value}"

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(1), Color['GREEN'], Color(3) is Color.BLUE, type(Color.RED), Color)
print(list(Color), len(Color), [c.name for c in reversed(Color)])
print(Color.RED in Color, isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED == 1)
print(Color.GREEN.describe(), f"{Color.RED}", "{:>12}".format(str(Color.RED)))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PURPLE']
except KeyError as e:
    print("KeyError:", e)
try:
    Color('red')
except ValueError as e:
    print("ValueError:", e)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(list(Color.__members__), Color.__members__['RED'])
