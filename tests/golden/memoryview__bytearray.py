# memoryview over bytearray: writes go through, the bytearray cannot resize
ba = bytearray(b'abcdef')
n = memoryview(ba)
print(n.readonly, n.obj is ba)
n[0] = 65
n[1:3] = b'XY'
n[3:5] = bytearray(b'12')
n[-1] = True
print(ba)
s = n[1:4]
s[0] = 0
s[::2] = memoryview(b'pq')
print(ba, s.obj is ba, len(s), s.nbytes, s.tolist())
r = n[::-1]
r[0] = 122
print(ba, r.tobytes())
for f in (lambda: ba.append(1), lambda: ba.extend(b'1'), lambda: ba.pop(),
          lambda: ba.clear(), lambda: ba.insert(0, 1), lambda: ba.remove(65),
          lambda: ba.__setitem__(slice(0, 1), b'12'), lambda: ba.__delitem__(0)):
    try:
        f()
    except BufferError as e:
        print('BufferError', e)
ba[0:1] = b'!'
print(ba)
try:
    hash(n)
except ValueError as e:
    print('ValueError', e)
n.release()
s.release()
r.release()
ba.append(33)
print(ba)
with memoryview(ba) as v:
    v[0] = 64
print(ba)
ba += b'?'
print(ba, bytes(memoryview(ba)[2:4]), bytearray(memoryview(ba)[:1]))
