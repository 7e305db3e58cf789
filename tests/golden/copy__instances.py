import copy

class Point:
    def __init__(self, x, y, tags):
        self.x = x
        self.y = y
        self.tags = tags
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"

p = Point(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
p.x = 10
print(p, q, r, type(q) is Point, q.tags is p.tags, r.tags is p.tags)

class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("copy called")
        return Tracked(self.v + 1)
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return Tracked(copy.deepcopy([self.v], memo))

t = Tracked(1)
print(copy.copy(t).v, copy.deepcopy(t).v)
print(copy.deepcopy([t, t])[0].v)
