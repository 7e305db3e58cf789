import contextlib
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2)
    print("second", end="!")
print(repr(buf.getvalue()))

saved = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
for n in range(3):
    print(n, sep="", end=",")
text = sys.stdout.getvalue()
sys.stdout = saved
print(repr(text))

def report(out):
    print("report line", file=out)
log = io.StringIO()
report(log)
report(log)
print(log.getvalue().splitlines(), isinstance(sys.stdout, io.TextIOWrapper))
sys.stdout = None
print("dropped")
sys.stdout = saved
print("back")
