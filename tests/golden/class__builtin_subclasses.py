class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__)
print(s + [4], s == [1, 2, 3], sorted(s, reverse=True))
class D(dict):
    def __missing__(self, k):
        return 0
d = D(a=1)
d['b'] = 2
print(d, d['a'], len(d), list(d.items()))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), n + "x", len(n), n == "bob", {n: 1})
class Num(int):
    pass
x = Num(5)
print(x + 1, x * 2, x > 3, repr(x), hash(x) == hash(5))
class P(tuple):
    pass
print(P((1, 2)), P((1,2))[0])
