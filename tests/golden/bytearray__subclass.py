# Subclasses of bytearray: instances keep their class and methods, __init__ fills them
# (a subclass __init__ can call super().__init__), and bytearray.__init__ refills.
class Buffer(bytearray):
    def tail(self, n):
        return bytes(self[-n:])


b = Buffer(b"hello world")
print(type(b).__name__, b, len(b), b.tail(5), isinstance(b, bytearray))
b.extend(b"!!")
b[0] = ord("H")
print(b, b.upper(), b.find(b"world"))


class Packet(bytearray):
    def __init__(self, kind, payload):
        super().__init__(payload)
        self.kind = kind

    def __repr__(self):
        return f"Packet({self.kind!r}, {bytes(self)!r})"


p = Packet("ping", [1, 2, 3])
print(p, list(p), p.kind, p + b"\x04")
print(Buffer(), Buffer(3), Buffer("ab", "ascii"))
plain = bytearray(b"abc")
plain.__init__(b"xy")
print(plain, bytearray([65, 66]), bytearray(2))
for bad in ((1.5,), ("text",), ([300],)):
    try:
        Buffer(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
