# printf-style formatting of bytes: %s/%b take bytes-like objects, %r is ascii(), %c a byte.
print(b'%s|%5b|%-4s|%c|%c|%r|%x' % (b'ab', b'cd', bytearray(b'e'), 65, b'z', b'q', 255))
print(b'%d-%05.1f-%%-%a' % (7, 2.25, 'é'), b'%(k)s=%(v)d' % {b'k': b'key', b'v': 3})
print(bytearray(b'<%s>') % b'x', b'%s' % (b'\xff\x00',), b'%c' % 255)
for fmt, args in [(b'%s', 'text'), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1'), (b'%s %s', (b'a',))]:
    try:
        print(fmt % args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
