# Subclassing builtin types.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
print(s + [4], type(s + [4]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
d = DefaultDict(a=1)
print(d['a'], d['hello'], d)
class Upper(str):
    def shout(self):
        return self.upper() + '!'
u = Upper('hi')
print(u, u.shout(), u + ' there', type(u + 'x').__name__, isinstance(u, str))
class Celsius(float):
    def __repr__(self):
        return f'{float(self)}°C'
c = Celsius(21.5)
print(repr(c), c + 1, [c])
class MyInt(int):
    pass
print(MyInt(5) + 2, type(MyInt(5) + 2).__name__, MyInt('7'))
