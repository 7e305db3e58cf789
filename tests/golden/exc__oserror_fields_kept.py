"""OSError keeps the errno and strerror given to __init__ when args is reassigned
(a subclass may set its own args, as aiohttp's ClientConnectorError does)."""

e = OSError(5, 'boom')
e.args = ('x', 'y')
print(e.errno, e.strerror, str(e), e.args)


class Wrapped(OSError):
    def __init__(self, key, cause):
        super().__init__(cause.errno, cause.strerror)
        self.args = (key, cause)


w = Wrapped('key', ConnectionRefusedError(111, 'Connection refused'))
print(w.errno, w.strerror, str(w), w.args)
one = OSError('just a message')
print(one.errno, one.strerror, str(one))
one.args = (3, 'three')
print(one.errno, one.strerror, str(one))
f = FileNotFoundError(2, 'No such file', 'x.txt')
f.args = ('changed',)
print(f.errno, f.strerror, f.filename, str(f))
