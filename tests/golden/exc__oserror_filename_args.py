# OSError(errno, strerror, filename[, winerror, filename2]): args keep two items.
e = FileNotFoundError(2, 'No such file or directory', 'x.txt')
print(e.args, e.filename, e.filename2, repr(e), str(e), e.errno, e.strerror)
e = OSError(1, 'a', 'b', None, 'c')
print(e.args, e, e.filename2, type(e).__name__)
print(OSError('just msg').args, OSError('just msg').errno, OSError('m').filename, str(OSError(5, 'io')))
try:
    open('/nonexistent/zz')
except OSError as e:
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e)
class MyErr(OSError):
    def __init__(self, path):
        super().__init__(2, 'missing', path)
m = MyErr('p.txt')
print(m.args, m.filename, m, repr(m))
import os
try:
    os.rename('/nonexistent/a', '/nonexistent/b')
except OSError as e:
    print(e, e.filename, e.filename2)
raise PermissionError(13, 'Permission denied', '/root/x')
