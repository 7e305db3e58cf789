import io

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.read(), b.read())
b.seek(-2, 2)
print(b.read(), b.seek(1), b.read1(2))
lines = io.BytesIO(b"one\ntwo\nthree")
print(list(lines))
lines.seek(0)
print(lines.readline(), lines.readlines())
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
with io.BytesIO(b"data") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.getvalue()
except ValueError as e:
    print("ValueError:", e)
g = io.BytesIO(b"12345")
g.seek(2)
g.write(b"XY")
print(g.getvalue(), g.truncate(3), g.getvalue())
g.seek(6)
g.write(b"!")
print(g.getvalue(), type(g).__name__, io.SEEK_END)
