from functools import total_ordering

@total_ordering
class Money:
    __slots__ = ("amount", "currency")
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return self.amount < other.amount
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Money(self.amount + other, self.currency)
        return Money(self.amount + other.amount, self.currency)
    __radd__ = __add__
    def __neg__(self):
        return Money(-self.amount, self.currency)
    def __bool__(self):
        return self.amount != 0
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.amount:{spec[:-1] or ''}} {self.currency}"
        return format(self.amount, spec)

a, b = Money(5), Money(7.5)
print(a < b, a <= b, a > b, a >= b, a == Money(5), a != b)
print(sorted([b, a, Money(1)]), sum([a, b, Money(2)]))
print(len({a, Money(5), b}), -a, bool(Money(0)), bool(a))
print(f"{b:.2f}|{b:>10.1fc}|{a:c}|{a}")
print(format(b, "08.3f"), "{:c}".format(a))
try:
    a.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a < Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
print(a == 5, a.__eq__(5))

class Vec:
    def __init__(self, *c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __repr__(self):
        return "Vec" + repr(self.c)
    def __matmul__(self, o):
        return sum(x * y for x, y in zip(self.c, o.c))
    def __mul__(self, k):
        return Vec(*(x * k for x in self.c))
    def __rmul__(self, k):
        return self * k
    def __getitem__(self, i):
        return self.c[i]
    def __len__(self):
        return len(self.c)
v = Vec(1, 2, 3)
print(v @ v, 2 * v, v * 3, v[1:], len(v), list(v))
try:
    hash(v)
except TypeError as e:
    print("TypeError:", e)
try:
    v + v
except TypeError as e:
    print("TypeError:", e)
try:
    v @ 3
except AttributeError as e:
    print("AttributeError:", e)
