import io

buf = io.StringIO()
print(buf.write("hello\n"), buf.write("world"))
print(repr(buf.getvalue()), buf.tell())
print("line one", "x", sep="-", file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), repr(buf.read()), repr(buf.read()))
src = io.StringIO("alpha\nbeta\ngamma")
print([line for line in src])
src.seek(0)
print(src.readlines(), src.tell())
src.seek(6)
src.write("BETA")
print(repr(src.getvalue()))
with io.StringIO("a\nb\n") as f:
    print(f.readline(), end="")
    print(f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
s = io.StringIO("abc")
print(s.read(1), s.tell(), s.seek(0, 2), s.readable(), s.writable(), s.seekable())
s.seek(5)
s.write("z")
print(repr(s.getvalue()), s.truncate(2), repr(s.getvalue()))
s.writelines(["1", "2"])
print(repr(s.getvalue()), type(s).__name__, isinstance(s, io.TextIOBase))
print(repr(io.StringIO("x\r\ny", newline=None).getvalue()))
