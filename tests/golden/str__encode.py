# encode to bytes, decode back, and errors.
s = 'héllo wörld 中文'
b = s.encode()
print(b, len(s), len(b))
print(b.decode('utf-8') == s)
print('abc'.encode('ascii'), 'abc'.encode('latin-1'), 'é'.encode('latin-1'))
print(s.encode('ascii', errors='replace'), s.encode('ascii', 'ignore'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xff'.decode('utf-8', 'replace'), b'\xe4\xb8\xad'.decode())
print('€'.encode('utf-16-le'), 'A'.encode('utf-32-be'))
