# Defining __eq__ without __hash__ makes instances unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

print(Point(1, 2) == Point(1, 2), Point(1, 2) == (1, 2))
print(Point.__hash__)
try:
    {Point(1, 2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Point(0, 0))
except TypeError as e:
    print(type(e).__name__, e)
class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))
s = {HPoint(1, 2), HPoint(1, 2), HPoint(2, 1)}
print(len(s), HPoint(1, 2) in s)
class Default:
    pass
print(hash(Default()) == hash(Default()), len({Default(), Default()}))
