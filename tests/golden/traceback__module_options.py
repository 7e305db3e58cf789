# traceback: format_exception's limit, chain and tb; format_tb, print_tb, extract_tb,
# FrameSummary, format_exc/print_exc with limit, TracebackException.
import traceback, sys

def level3():
    return {}["missing"]

def level2():
    return level3()

def level1():
    try:
        level2()
    except KeyError as e:
        raise RuntimeError("wrapped") from e

def rec(n):
    if n == 0:
        raise ValueError("deep")
    return rec(n - 1)

try:
    level1()
except RuntimeError as e:
    err = e
print("".join(traceback.format_exception(err)), end="")
print("--- chain=False")
print("".join(traceback.format_exception(err, chain=False)), end="")
print("--- limit=1")
print("".join(traceback.format_exception(err, limit=1)), end="")
print("--- limit=-1")
print("".join(traceback.format_exception(err, limit=-1)), end="")
print("--- tb=tb_next")
print("".join(traceback.format_exception(type(err), err, None)), end="")
cause = err.__cause__
print("--- format_tb")
for entry in traceback.format_tb(cause.__traceback__):
    print(repr(entry))
print(traceback.format_tb(cause.__traceback__, limit=1))
print("".join(traceback.format_exception(type(cause), cause, cause.__traceback__.tb_next, chain=False)), end="")
print("--- extract_tb")
for fs in traceback.extract_tb(cause.__traceback__):
    print(fs.filename.endswith("traceback__module_options.py"), fs.lineno, fs.name, fs.line, repr(fs).replace(fs.filename, "F"))
filename, lineno, name, line = traceback.extract_tb(cause.__traceback__)[-1]
print(lineno, name, line)
print(traceback.extract_tb(cause.__traceback__, limit=-1)[0].name)
try:
    rec(10)
except ValueError as e:
    print("".join(traceback.format_tb(e.__traceback__)), end="")
    traceback.print_tb(e.__traceback__, limit=2, file=sys.stdout)
    try:
        raise
    except ValueError:
        print(traceback.format_exc(limit=1), end="")
        traceback.print_exc(limit=-2, file=sys.stdout)
te = traceback.TracebackException.from_exception(err, limit=1)
print("".join(te.format(chain=False)), end="")
print(len(te.stack), te.stack[0].name)
print(traceback.format_tb(None), traceback.extract_tb(None))
