# String slicing with starts, stops, steps and out-of-range bounds.
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[5:2], s[100:], s[-100:3], s[3:100], s[2:-2])
print(s[::3], s[-1:-4:-1], s[len(s):0:-1])
print(repr(s[5:5]), repr(''[::-1]))
print(s[slice(1, 4)], s[slice(None, None, -3)])
print('hello world'[6:][::-1].upper())
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(s[1:9:3], s[-2::-3], s[None:4])
