# traceback.format_exception gives one string per frame (with its source and caret lines),
# one per chaining message and one per other line; a SyntaxError is reported with its
# file, source line and caret, wherever it was raised.
import traceback


def f():
    raise ValueError("x")


def g():
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e


def h():
    try:
        g()
    except KeyError:
        1 / 0


def rec(n):
    if n == 0:
        raise OSError(2, "nope")
    rec(n - 1)


def show(parts):
    for p in parts:
        print(repr(p.replace(__file__, "FILE")))
    print("--")


for fn in (f, g, h, lambda: rec(6)):
    try:
        fn()
    except Exception as e:
        show(traceback.format_exception(type(e), e, e.__traceback__))
        show(traceback.format_exception(e, limit=1, chain=False))

for src in ["x = (1,\n  2 +)\n", "print 'hello'", "a = 1 +* 2"]:
    try:
        exec(src)
    except SyntaxError as e:
        show(traceback.format_exception(e))
        show(traceback.format_exception_only(type(e), e))

for err in [SyntaxError("bad thing", ("prog.py", 3, 5, "    a b c\n", 3, 8)),
            SyntaxError("no line", ("prog.py", None, None, None)),
            SyntaxError("bare"),
            IndentationError("unexpected indent", ("m.py", 1, 5, "    x = 1\n"))]:
    show(traceback.format_exception_only(type(err), err))

raise SyntaxError("raised by hand", ("prog.py", 2, 9, "if x = 1:\n", 2, 14))
