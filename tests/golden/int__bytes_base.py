# int() of bytes and bytearray with an explicit base.
print(int(b'ff', 16), int(bytearray(b' 10 '), 2), int(b'0x1f', 0), int(b'-7', base=10))
for bad in [b'zz', bytearray(b'1.5')]:
    try:
        int(bad, 16)
    except ValueError as e:
        print(e)
try:
    int(3.5, 10)
except TypeError as e:
    print(e)
