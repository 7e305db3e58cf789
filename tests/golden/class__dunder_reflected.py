# Reflected operators and NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents})'
    def __add__(self, other):
        print('__add__', other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print('__radd__', other)
        return self.__add__(other)
    def __rmul__(self, k):
        print('__rmul__', k)
        return Money(self.cents * k)
    def __rsub__(self, other):
        return Money(other - self.cents)

m = Money(150)
print(m + 50)
print(50 + m)
print(3 * m)
print(1000 - m)
print(sum([Money(1), Money(2), Money(3)]))
try:
    m + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    m * 3
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Money):
    def __radd__(self, other):
        print('Sub.__radd__ wins')
        return Money(-1)
print(Money(1) + Sub(2))
