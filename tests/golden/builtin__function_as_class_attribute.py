# A built-in function stored on a class does not bind to instances (it has no __get__),
# while Python functions and methods of built-in types do.
import time
import math


class Clock:
    convert = time.gmtime
    root = math.sqrt
    length = len
    upper = str.upper

    def use(self):
        return self.convert(0).tm_year, self.root(16.0), self.length('abc')


c = Clock()
print(c.use())
print(c.convert is time.gmtime, Clock.root is math.sqrt, c.length is len)
print(Clock.upper('x'), type(c.root).__name__)
try:
    c.upper()
except TypeError as e:
    print('TypeError:', e)
c.root = abs
print(c.root(-2))


class Sub(Clock):
    convert = time.localtime


print(Sub().convert(0).tm_year)

# The standard streams have a name, a mode and are open.
import sys
print(sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stdout.closed)
