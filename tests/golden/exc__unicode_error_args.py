# UnicodeEncodeError and UnicodeDecodeError carry CPython's five arguments.
try:
    'aé€b'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
    print(e)
try:
    b'ab\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, repr(e))
    print(e)
e = UnicodeDecodeError('utf-16-le', b'\x00\xd8\x41', 0, 2, 'custom')
print(e, '|', UnicodeEncodeError('latin-1', 'x\U0001F600', 1, 2, 'nope'))
print(isinstance(e, UnicodeError), isinstance(e, ValueError), str(UnicodeError('plain')))
b'\xe4\xb8'.decode()
