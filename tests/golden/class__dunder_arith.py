# Arithmetic dunder methods on a vector class.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x

a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 2, a * b, a / 2, a // 2, a % 2, a ** 2)
print(-a, +a, abs(a), a @ b)
a += b
print(a)
a *= 10
print(a)
try:
    a + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a & b
except TypeError as e:
    print(type(e).__name__, e)
