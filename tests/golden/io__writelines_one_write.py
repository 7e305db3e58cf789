# file.writelines writes its lines together (one write), reporting a line of the wrong
# type after writing the ones before it; forked writers sharing one file keep whole lines.
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor

os.chdir(tempfile.mkdtemp())
f = open("lines.txt", "w")
try:
    f.writelines(["a", "b", 3, "c"])
except TypeError as e:
    print(e)
f.close()
print(repr(open("lines.txt").read()))
with open("lines.bin", "wb") as f:
    f.writelines([b"x", b"y", bytearray(b"z")][:2])
print(open("lines.bin", "rb").read())

shared = open("shared.txt", "a")


def write_line(i):
    shared.writelines("line number %03d written by one worker process\n" % i)
    shared.flush()


if __name__ == "__main__":
    with ProcessPoolExecutor(8) as ex:
        list(ex.map(write_line, range(64)))
    shared.close()
    lines = sorted(open("shared.txt").read().splitlines())
    print(len(lines), lines[0], lines[-1])
    print(all(l.startswith("line number ") and l.endswith("one worker process") for l in lines))
