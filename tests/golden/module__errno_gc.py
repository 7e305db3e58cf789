# errno's names and errorcode; gc's switches, and collect() after a generator was dropped.
import errno, gc, os
names = [n for n in dir(errno) if n.startswith("E")]
mine = {n: getattr(errno, n) for n in names}
print(len(errorcode := errno.errorcode) > 80)
for n in ["ENOENT", "EAGAIN", "EWOULDBLOCK", "ECONNREFUSED", "EINTR", "EEXIST", "ETIMEDOUT", "EPIPE", "ENOTSUP", "EDEADLOCK"]:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
try:
    open("/nonexistent/x")
except OSError as e:
    print(e.errno == errno.ENOENT, os.strerror(e.errno))
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable()
def g():
    try:
        yield 1
    finally:
        print("finally ran")
x = g(); next(x); del x
print("collected", gc.collect())
